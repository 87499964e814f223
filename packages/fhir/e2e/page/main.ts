// Mounts the real @helsenorge/refero with a Questionnaire passed in the URL hash (`#<name>`, a generated file from
// schemas/fhir/refero) and exposes the submitted QuestionnaireResponse as `window.__response`.
import { Refero, store } from "@helsenorge/refero";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { Provider } from "react-redux";

const files = import.meta.glob("../../../../schemas/fhir/refero/*.json", { eager: true, import: "default" });
const name = decodeURIComponent(window.location.hash.slice(1)) || "distress-thermometer-legacy.nb";
const questionnaire = files[`../../../../schemas/fhir/refero/${name}.json`];
const w = window as unknown as { __response?: unknown; __ready?: boolean };

createRoot(document.getElementById("root") as HTMLElement).render(
  createElement(
    Provider,
    { store: store() },
    createElement(Refero as never, {
      questionnaire,
      authorized: true,
      language: "nb-NO",
      loginButton: createElement("button", { type: "button" }, "Logg inn"),
      resources: {
        formSend: "Send inn",
        formSave: "Lagre",
        formCancel: "Avbryt",
        formRequiredErrorMessage: "Feltet er påkrevd",
      },
      onSubmit: (response: unknown) => {
        w.__response = response;
      },
      onSave: () => undefined,
      onCancel: () => undefined,
    }),
  ),
);
w.__ready = true;
