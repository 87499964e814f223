/**
 * The distress thermometer as an ARIA slider (role `slider` with `aria-valuenow/min/max/valuetext`), drawn as a
 * thermometer in SVG (DOMAIN.md §3). Keyboard: arrows ±1, Page Up/Down ±2, Home/End to the ends, Delete to clear;
 * pointer: click or drag on the drawing. An unanswered thermometer shows no value and says so ("unanswered is never
 * 0", DOMAIN.md §3).
 */
import { h, svg } from "./dom.ts";

/** What a slider needs. */
export interface SliderSpec {
  readonly id: string;
  readonly labelId: string;
  readonly describedBy: string | undefined;
  readonly min: number;
  readonly max: number;
  readonly value: number | undefined;
  readonly low: string;
  readonly high: string;
  readonly invalid: boolean;
  readonly notAnswered: string;
  readonly clear: string;
  readonly onSet: (value: number | undefined) => void;
}

const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowUp: 1,
  ArrowRight: 1,
  ArrowDown: -1,
  ArrowLeft: -1,
  PageUp: 2,
  PageDown: -2,
};

/** y of a level on the thermometer (viewBox 0 0 120 300). */
const levelY = (v: number, min: number, max: number): number => 232 - ((v - min) * 200) / (max - min);

function thermometer(value: number | undefined, min: number, max: number): SVGElement {
  const parts: SVGElement[] = [
    svg("rect", { class: "tube", x: 40, y: 12, width: 28, height: 244, rx: 14 }),
    svg("circle", { class: "tube", cx: 54, cy: 268, r: 24 }),
  ];
  for (let v = min; v <= max; v++) {
    const y = levelY(v, min, max);
    parts.push(svg("line", { class: "tick", x1: 68, x2: 80, y1: y, y2: y }));
    parts.push(svg("text", { class: "num", x: 96, y }, String(v)));
  }
  if (value !== undefined) {
    const y = levelY(value, min, max);
    parts.push(svg("circle", { class: "fill", cx: 54, cy: 268, r: 18 }));
    parts.push(svg("rect", { class: "fill", x: 46, y, width: 16, height: 268 - y }));
    parts.push(svg("polygon", { class: "mark", points: `14,${y - 9} 32,${y} 14,${y + 9}` }));
  }
  return svg("svg", { class: "thermo", viewBox: "0 0 120 300", "aria-hidden": "true" }, ...parts);
}

/** The value under a pointer position on the drawing. */
function valueAt(e: PointerEvent, box: DOMRect, spec: SliderSpec): number {
  const { min, max } = spec;
  const raw = min + ((232 - ((e.clientY - box.top) / box.height) * 300) * (max - min)) / 200;
  return Math.min(max, Math.max(min, Math.round(raw)));
}

/**
 * Builds the thermometer with its end labels and a button that clears the answer.
 * @internal
 */
export function createSlider(spec: SliderSpec): HTMLElement {
  const { min, max } = spec;
  let value = spec.value;
  const el = h("div", {
    id: spec.id,
    role: "slider",
    tabindex: 0,
    "aria-labelledby": spec.labelId,
    "aria-describedby": spec.describedBy,
    "aria-valuemin": min,
    "aria-valuemax": max,
    "aria-orientation": "vertical",
    "aria-invalid": spec.invalid ? "true" : undefined,
  });
  const clear = h("button", { type: "button", class: "sec clear" }, spec.clear);
  const paint = (): void => {
    el.setAttribute("aria-valuenow", String(value ?? min));
    el.setAttribute(
      "aria-valuetext",
      value === undefined
        ? spec.notAnswered
        : value === min
          ? `${value}: ${spec.low}`
          : value === max
            ? `${value}: ${spec.high}`
            : String(value),
    );
    el.replaceChildren(thermometer(value, min, max));
    clear.hidden = value === undefined;
  };
  const set = (next: number | undefined): void => {
    if (next !== value) {
      value = next;
      paint();
      spec.onSet(next);
    }
  };
  el.addEventListener("keydown", (e) => {
    const step = KEY_STEPS[e.key];
    let next: number | undefined | null = null;
    if (step !== undefined) {
      next = value === undefined ? min : Math.min(max, Math.max(min, value + step));
    } else if (e.key === "Home" || e.key === "End") {
      next = e.key === "Home" ? min : max;
    } else if (e.key === "Delete" || e.key === "Backspace") {
      next = undefined;
    }
    if (next !== null) {
      e.preventDefault();
      set(next);
    }
  });
  const drag = (e: PointerEvent): void => {
    if (e.type === "pointerdown") {
      el.setPointerCapture(e.pointerId);
      el.focus();
    } else if (!el.hasPointerCapture(e.pointerId)) {
      return;
    }
    set(valueAt(e, (el.firstElementChild ?? el).getBoundingClientRect(), spec));
  };
  el.addEventListener("pointerdown", drag);
  el.addEventListener("pointermove", drag);
  clear.addEventListener("click", () => {
    set(undefined);
    el.focus();
  });
  paint();
  return h(
    "div",
    {},
    h(
      "div",
      { class: "sl" },
      el,
      h("span", {}, `${max}: ${spec.high}`),
      h("span", { class: "lo" }, `${min}: ${spec.low}`),
    ),
    clear,
  );
}
