/**
 * Code lists as typed constants with nb/nn/en display text. Keys are ours and stable; KITH codes are kept where a
 * national code list exists (9034 roles, 9060 professions). Labels are neutral and short; they are API for end
 * users, keys are API for code.
 */

/** A supported language: Norwegian Bokmål, Norwegian Nynorsk or English. */
export type Lang = "nb" | "nn" | "en";

/**
 * The languages the SDK writes, in order of preference.
 * @example
 * ```ts
 * for (const lang of LANGS) console.log(formatIssue(issue, lang));
 * ```
 */
export const LANGS: readonly Lang[] = ["nb", "nn", "en"];

/** Display text in every supported language. */
export interface LocalizedText {
  readonly nb: string;
  readonly nn: string;
  readonly en: string;
}

/** A code list entry: the code and its display text. */
export interface CodeListEntry<TCode extends string> {
  readonly code: TCode;
  readonly display: LocalizedText;
}

/** A code list: its codes in a fixed order (for enums and forms) and the display text per code. */
export interface CodeList<TCode extends string> {
  /** Stable identifier of the list, used as the `system` of codings (`urn:pakkeforlop-hjem:code-list:<id>`). */
  readonly id: string;
  /** KITH/Volven code list number when the codes are taken from one. */
  readonly kith?: string;
  readonly codes: readonly [TCode, ...TCode[]];
  readonly entries: Readonly<Record<TCode, LocalizedText>>;
}

function codeList<const TCode extends string>(
  id: string,
  entries: Readonly<Record<TCode, LocalizedText>>,
  kith?: string,
): CodeList<TCode> {
  const codes = Object.keys(entries) as TCode[];
  return kith === undefined
    ? { id, codes: codes as [TCode, ...TCode[]], entries }
    : { id, kith, codes: codes as [TCode, ...TCode[]], entries };
}

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

/**
 * Display text for a code in a language; the code itself when it is not in the list.
 * @example
 * ```ts
 * displayOf(TOPICS, "sexual-health", "nn"); // "Seksuell helse"
 * ```
 */
export function displayOf<TCode extends string>(list: CodeList<TCode>, code: TCode, lang: Lang): string {
  const entry = list.entries[code] as LocalizedText | undefined;
  return entry === undefined ? code : entry[lang];
}

/** The thirteen topic areas of the guideline plus late effects (DOMAIN.md §2). */
export type TopicKey =
  | "family-network"
  | "work-school"
  | "finances-housing"
  | "help-at-home"
  | "rehabilitation"
  | "physical-activity"
  | "nutrition"
  | "self-care"
  | "coping"
  | "leisure-social"
  | "mental-health"
  | "sexual-health"
  | "oral-health"
  | "late-effects";

/**
 * Topic areas of the needs-assessment conversation, in the guideline's order (DOMAIN.md §2).
 * @example
 * ```ts
 * TOPICS.codes.map((key) => displayOf(TOPICS, key, "nb"));
 * ```
 */
export const TOPICS: CodeList<TopicKey> = /* @__PURE__ */ codeList<TopicKey>("topic", {
  "family-network": /* @__PURE__ */ t("Familie og nettverk", "Familie og nettverk", "Family and network"),
  "work-school": /* @__PURE__ */ t(
    "Arbeid, skole og utdanning",
    "Arbeid, skule og utdanning",
    "Work, school and education",
  ),
  "finances-housing": /* @__PURE__ */ t("Økonomi og bolig", "Økonomi og bustad", "Finances and housing"),
  "help-at-home": /* @__PURE__ */ t(
    "Hjelp og tilrettelegging i hjemmet",
    "Hjelp og tilrettelegging i heimen",
    "Help and adaptation at home",
  ),
  rehabilitation: /* @__PURE__ */ t("Rehabilitering", "Rehabilitering", "Rehabilitation"),
  "physical-activity": /* @__PURE__ */ t(
    "Fysisk aktivitet og funksjon",
    "Fysisk aktivitet og funksjon",
    "Physical activity and function",
  ),
  nutrition: /* @__PURE__ */ t("Ernæring", "Ernæring", "Nutrition"),
  "self-care": /* @__PURE__ */ t(
    "Ivaretakelse av egen helse",
    "Ivaretaking av eiga helse",
    "Taking care of own health",
  ),
  coping: /* @__PURE__ */ t(
    "Egne ressurser, læring og mestring",
    "Eigne ressursar, læring og meistring",
    "Own resources, learning and coping",
  ),
  "leisure-social": /* @__PURE__ */ t(
    "Fritid og sosiale aktiviteter",
    "Fritid og sosiale aktivitetar",
    "Leisure and social activities",
  ),
  "mental-health": /* @__PURE__ */ t("Psykisk helse", "Psykisk helse", "Mental health"),
  "sexual-health": /* @__PURE__ */ t("Seksuell helse", "Seksuell helse", "Sexual health"),
  "oral-health": /* @__PURE__ */ t("Munnhelse", "Munnhelse", "Oral health"),
  "late-effects": /* @__PURE__ */ t("Seneffekter", "Seineffektar", "Late effects"),
});

/** How a topic was handled in the conversation (DOMAIN.md §2: not discussed / discussed, no need / need). */
export type TopicStatus = "not-discussed" | "no-need" | "need";
/**
 * Topic statuses.
 * @example
 * ```ts
 * displayOf(TOPIC_STATUSES, "need", "nn"); // "Teke opp, behov"
 * ```
 */
export const TOPIC_STATUSES: CodeList<TopicStatus> = /* @__PURE__ */ codeList<TopicStatus>("topic-status", {
  "not-discussed": /* @__PURE__ */ t("Ikke tatt opp", "Ikkje teke opp", "Not discussed"),
  "no-need": /* @__PURE__ */ t("Tatt opp, ikke behov", "Teke opp, ikkje behov", "Discussed, no need"),
  need: /* @__PURE__ */ t("Tatt opp, behov", "Teke opp, behov", "Discussed, need"),
});

/** Health personnel roles towards the patient, a subset of KITH 9034 (DOMAIN.md §4, §6). Keys are the KITH codes. */
export type RoleCode = "1" | "3" | "6" | "9" | "17" | "18" | "19" | "21" | "24";
/**
 * Roles, KITH 9034 subset with its codes 6 Fastlege, 17 Forløpskoordinator kreft and 24 Kontakt hos mottaker.
 * @example
 * ```ts
 * displayOf(ROLES, "17", "nb"); // "Forløpskoordinator kreft"
 * ```
 */
export const ROLES: CodeList<RoleCode> = /* @__PURE__ */ codeList<RoleCode>(
  "role",
  {
    "1": /* @__PURE__ */ t("Pasientansvarlig lege", "Pasientansvarleg lege", "Physician responsible for the patient"),
    "3": /* @__PURE__ */ t(
      "Behandlingsansvarlig lege",
      "Behandlingsansvarleg lege",
      "Physician responsible for treatment",
    ),
    "6": /* @__PURE__ */ t("Fastlege", "Fastlege", "Regular GP"),
    "9": /* @__PURE__ */ t("Primærkontakt", "Primærkontakt", "Primary contact"),
    "17": /* @__PURE__ */ t("Forløpskoordinator kreft", "Forløpskoordinator kreft", "Cancer pathway coordinator"),
    "18": /* @__PURE__ */ t("Koordinator", "Koordinator", "Coordinator"),
    "19": /* @__PURE__ */ t("Kontaktlege", "Kontaktlege", "Contact physician"),
    "21": /* @__PURE__ */ t("Helsefaglig kontakt", "Helsefagleg kontakt", "Health professional contact"),
    "24": /* @__PURE__ */ t("Kontakt hos mottaker", "Kontakt hos mottakar", "Contact at the receiver"),
  },
  "9034",
);

/** Health personnel categories, a subset of KITH 9060. Keys are the KITH codes. */
export type ProfessionCode = "LE" | "SP" | "FT" | "ET" | "PS" | "HF" | "VP" | "KE" | "SO" | "XX";
/**
 * Professions, KITH 9060 subset. `SO` (sosionom) is included for hospital social workers.
 * @example
 * ```ts
 * displayOf(PROFESSIONS, "SP", "en"); // "Nurse"
 * ```
 */
export const PROFESSIONS: CodeList<ProfessionCode> = /* @__PURE__ */ codeList<ProfessionCode>(
  "profession",
  {
    LE: /* @__PURE__ */ t("Lege", "Lege", "Physician"),
    SP: /* @__PURE__ */ t("Sykepleier", "Sjukepleiar", "Nurse"),
    FT: /* @__PURE__ */ t("Fysioterapeut", "Fysioterapeut", "Physiotherapist"),
    ET: /* @__PURE__ */ t("Ergoterapeut", "Ergoterapeut", "Occupational therapist"),
    PS: /* @__PURE__ */ t("Psykolog", "Psykolog", "Psychologist"),
    HF: /* @__PURE__ */ t("Helsefagarbeider", "Helsefagarbeidar", "Health care worker"),
    VP: /* @__PURE__ */ t("Vernepleier", "Vernepleiar", "Social educator"),
    KE: /* @__PURE__ */ t("Klinisk ernæringsfysiolog", "Klinisk ernæringsfysiolog", "Clinical dietitian"),
    SO: /* @__PURE__ */ t("Sosionom", "Sosionom", "Social worker"),
    XX: /* @__PURE__ */ t("Annet helsepersonell", "Anna helsepersonell", "Other health personnel"),
  },
  "9060",
);

/**
 * Who is responsible for a measure (DOMAIN.md §2). `lms` is the learning and coping service (lærings- og
 * mestringstjenesten), a health service run by the hospital or the municipality, not the voluntary sector.
 */
export type ResponsiblePartyKind =
  | "hospital"
  | "municipal-service"
  | "gp"
  | "nav"
  | "patient"
  | "relative"
  | "lms"
  | "voluntary"
  | "other";
/**
 * Responsible-party kinds for measures.
 * @example
 * ```ts
 * displayOf(RESPONSIBLE_PARTY_KINDS, "voluntary", "nb");
 * ```
 */
export const RESPONSIBLE_PARTY_KINDS: CodeList<ResponsiblePartyKind> = /* @__PURE__ */ codeList<ResponsiblePartyKind>(
  "responsible-party",
  {
    hospital: /* @__PURE__ */ t("Sykehuset", "Sjukehuset", "The hospital"),
    "municipal-service": /* @__PURE__ */ t("Kommunal tjeneste", "Kommunal teneste", "Municipal service"),
    gp: /* @__PURE__ */ t("Fastlegen", "Fastlegen", "The regular GP"),
    nav: /* @__PURE__ */ t("NAV", "NAV", "NAV (welfare administration)"),
    patient: /* @__PURE__ */ t("Pasienten selv", "Pasienten sjølv", "The patient"),
    relative: /* @__PURE__ */ t("Pårørende", "Pårørande", "Next of kin"),
    lms: /* @__PURE__ */ t(
      "Lærings- og mestringstjenesten (LMS)",
      "Lærings- og meistringstenesta (LMS)",
      "Learning and coping service (LMS)",
    ),
    voluntary: /* @__PURE__ */ t(
      "Frivillig sektor (Kreftforeningen, Vardesenteret)",
      "Frivillig sektor (Kreftforeningen, Vardesenteret)",
      "Voluntary sector (Norwegian Cancer Society, Vardesenteret)",
    ),
    other: /* @__PURE__ */ t("Annen", "Annan", "Other"),
  },
);

/** Recipients whose consent is recorded (DOMAIN.md §1: the patient decides what is shared and with whom). */
export type RecipientKind = "municipality" | "gp" | "other";
/**
 * Recipient kinds for consent and routing.
 * @example
 * ```ts
 * displayOf(RECIPIENT_KINDS, "gp", "nb"); // "Fastlegen"
 * ```
 */
export const RECIPIENT_KINDS: CodeList<RecipientKind> = /* @__PURE__ */ codeList<RecipientKind>("recipient", {
  municipality: /* @__PURE__ */ t("Kommunen", "Kommunen", "The municipality"),
  gp: /* @__PURE__ */ t("Fastlegen", "Fastlegen", "The regular GP"),
  other: /* @__PURE__ */ t("Annen mottaker", "Annan mottakar", "Other recipient"),
});

/** The patient's answer about sharing with a recipient. */
export type ConsentValue = "granted" | "declined" | "not-asked";
/**
 * Consent values. "not-asked" is recorded so that a missing answer is never read as a yes.
 * @example
 * ```ts
 * displayOf(CONSENT_VALUES, "not-asked", "nb"); // "Ikke spurt"
 * ```
 */
export const CONSENT_VALUES: CodeList<ConsentValue> = /* @__PURE__ */ codeList<ConsentValue>("consent", {
  granted: /* @__PURE__ */ t("Samtykket", "Samtykt", "Consented"),
  declined: /* @__PURE__ */ t("Ikke samtykket", "Ikkje samtykt", "Declined"),
  "not-asked": /* @__PURE__ */ t("Ikke spurt", "Ikkje spurt", "Not asked"),
});

/** Outcome of an offered interaction point (DOMAIN.md §1: a declined SP1 is offered again later). */
export type OutcomeStatus = "completed" | "declined" | "not-reached";
/**
 * Outcomes of an interaction point.
 * @example
 * ```ts
 * displayOf(OUTCOMES, assessment.outcome.status, "nb");
 * ```
 */
export const OUTCOMES: CodeList<OutcomeStatus> = /* @__PURE__ */ codeList<OutcomeStatus>("outcome", {
  completed: /* @__PURE__ */ t("Gjennomført", "Gjennomført", "Completed"),
  declined: /* @__PURE__ */ t("Takket nei", "Takka nei", "Declined"),
  "not-reached": /* @__PURE__ */ t("Ikke oppnådd kontakt", "Ikkje oppnådd kontakt", "Not reached"),
});

/** Why a patient declined a conversation. */
export type DeclineReason = "not-now" | "no-needs" | "too-ill" | "has-follow-up" | "other";
/**
 * Decline reasons.
 * @example
 * ```ts
 * DECLINE_REASONS.codes.includes("too-ill"); // true
 * ```
 */
export const DECLINE_REASONS: CodeList<DeclineReason> = /* @__PURE__ */ codeList<DeclineReason>("decline-reason", {
  "not-now": /* @__PURE__ */ t(
    "Ønsker ikke samtale nå",
    "Ønskjer ikkje samtale no",
    "Does not want a conversation now",
  ),
  "no-needs": /* @__PURE__ */ t("Opplever ikke behov", "Opplever ikkje behov", "Experiences no needs"),
  "too-ill": /* @__PURE__ */ t("For syk til samtale", "For sjuk til samtale", "Too ill for a conversation"),
  "has-follow-up": /* @__PURE__ */ t("Har oppfølging fra før", "Har oppfølging frå før", "Already has follow-up"),
  other: /* @__PURE__ */ t("Annen grunn", "Annan grunn", "Other reason"),
});

/** How the conversation was held. */
export type ConversationMode = "in-person" | "video" | "phone";
/**
 * Conversation modes.
 * @example
 * ```ts
 * displayOf(CONVERSATION_MODES, "video", "nn");
 * ```
 */
export const CONVERSATION_MODES: CodeList<ConversationMode> = /* @__PURE__ */ codeList<ConversationMode>("mode", {
  "in-person": /* @__PURE__ */ t("Fysisk oppmøte", "Fysisk oppmøte", "In person"),
  video: /* @__PURE__ */ t("Video", "Video", "Video"),
  phone: /* @__PURE__ */ t("Telefon", "Telefon", "Phone"),
});

/** Who answered for the patient (DOMAIN.md §1: for a child patient the respondent may be a guardian). */
export type RespondentKind = "patient" | "relative" | "guardian" | "clinician";
/**
 * Respondent kinds.
 * @example
 * ```ts
 * displayOf(RESPONDENTS, "guardian", "nb"); // "Foresatt"
 * ```
 */
export const RESPONDENTS: CodeList<RespondentKind> = /* @__PURE__ */ codeList<RespondentKind>("respondent", {
  patient: /* @__PURE__ */ t("Pasienten", "Pasienten", "The patient"),
  relative: /* @__PURE__ */ t("Pårørende", "Pårørande", "Next of kin"),
  guardian: /* @__PURE__ */ t("Foresatt", "Føresett", "Guardian"),
  clinician: /* @__PURE__ */ t("Helsepersonell", "Helsepersonell", "Clinician"),
});

/** Participants in the conversation (DOMAIN.md §2: relatives, interpreter). */
export type ParticipantKind = "patient" | "relative" | "guardian" | "interpreter" | "health-personnel" | "other";
/**
 * Participant kinds.
 * @example
 * ```ts
 * displayOf(PARTICIPANT_KINDS, "interpreter", "en"); // "Interpreter"
 * ```
 */
export const PARTICIPANT_KINDS: CodeList<ParticipantKind> = /* @__PURE__ */ codeList<ParticipantKind>("participant", {
  patient: /* @__PURE__ */ t("Pasienten", "Pasienten", "The patient"),
  relative: /* @__PURE__ */ t("Pårørende", "Pårørande", "Next of kin"),
  guardian: /* @__PURE__ */ t("Foresatt", "Føresett", "Guardian"),
  interpreter: /* @__PURE__ */ t("Tolk", "Tolk", "Interpreter"),
  "health-personnel": /* @__PURE__ */ t("Helsepersonell", "Helsepersonell", "Health personnel"),
  other: /* @__PURE__ */ t("Annen", "Annan", "Other"),
});

/** The kind of organisation that held the conversation. */
export type OrganisationKind = "hospital" | "municipality" | "gp-office" | "other";
/**
 * Organisation kinds.
 * @example
 * ```ts
 * displayOf(ORGANISATION_KINDS, "municipality", "nb");
 * ```
 */
export const ORGANISATION_KINDS: CodeList<OrganisationKind> = /* @__PURE__ */ codeList<OrganisationKind>(
  "organisation-kind",
  {
    hospital: /* @__PURE__ */ t("Sykehus", "Sjukehus", "Hospital"),
    municipality: /* @__PURE__ */ t("Kommune", "Kommune", "Municipality"),
    "gp-office": /* @__PURE__ */ t("Legekontor", "Legekontor", "GP office"),
    other: /* @__PURE__ */ t("Annen", "Annan", "Other"),
  },
);

/** Status of a measure (tiltak). */
export type MeasureStatus = "planned" | "in-progress" | "done" | "cancelled";
/**
 * Measure statuses.
 * @example
 * ```ts
 * displayOf(MEASURE_STATUSES, "in-progress", "nb"); // "Pågår"
 * ```
 */
export const MEASURE_STATUSES: CodeList<MeasureStatus> = /* @__PURE__ */ codeList<MeasureStatus>("measure-status", {
  planned: /* @__PURE__ */ t("Planlagt", "Planlagt", "Planned"),
  "in-progress": /* @__PURE__ */ t("Pågår", "Pågår", "In progress"),
  done: /* @__PURE__ */ t("Utført", "Utført", "Done"),
  cancelled: /* @__PURE__ */ t("Avlyst", "Avlyst", "Cancelled"),
});

/** The next step after a conversation. */
export type NextStepAction = "next-interaction-point" | "reoffer" | "pathway-complete" | "other";
/**
 * Next-step actions.
 * @example
 * ```ts
 * displayOf(NEXT_STEP_ACTIONS, "reoffer", "nb");
 * ```
 */
export const NEXT_STEP_ACTIONS: CodeList<NextStepAction> = /* @__PURE__ */ codeList<NextStepAction>("next-step", {
  "next-interaction-point": /* @__PURE__ */ t(
    "Neste samhandlingspunkt",
    "Neste samhandlingspunkt",
    "Next interaction point",
  ),
  reoffer: /* @__PURE__ */ t("Nytt tilbud om samtale", "Nytt tilbod om samtale", "Offer the conversation again"),
  "pathway-complete": /* @__PURE__ */ t("Forløpet er avsluttet", "Forløpet er avslutta", "Pathway complete"),
  other: /* @__PURE__ */ t("Annet", "Anna", "Other"),
});

/** Whether a minor is the patient's child or sibling (helsepersonelloven § 10a covers both). */
export type MinorRelation = "child" | "sibling";
/**
 * Relation of a minor to the patient.
 * @example
 * ```ts
 * displayOf(MINOR_RELATIONS, "sibling", "nn"); // "Sysken"
 * ```
 */
export const MINOR_RELATIONS: CodeList<MinorRelation> = /* @__PURE__ */ codeList<MinorRelation>("minor-relation", {
  child: /* @__PURE__ */ t("Barn", "Barn", "Child"),
  sibling: /* @__PURE__ */ t("Søsken", "Sysken", "Sibling"),
});

/** Answer of a yes/no item in the problem list; an unanswered item is absent, never "no" (DOMAIN.md §3). */
export type YesNo = "yes" | "no";
/**
 * Yes/no answers.
 * @example
 * ```ts
 * displayOf(YES_NO, "no", "en"); // "No"
 * ```
 */
export const YES_NO: CodeList<YesNo> = /* @__PURE__ */ codeList<YesNo>("yes-no", {
  yes: /* @__PURE__ */ t("Ja", "Ja", "Yes"),
  no: /* @__PURE__ */ t("Nei", "Nei", "No"),
});

/** The period a score covers (DOMAIN.md §3: the thermometer is the past week including today; ESAS-r is now). */
export type ScorePeriod = "past-week-including-today" | "right-now";
/**
 * Score periods.
 * @example
 * ```ts
 * displayOf(SCORE_PERIODS, "past-week-including-today", "nb");
 * ```
 */
export const SCORE_PERIODS: CodeList<ScorePeriod> = /* @__PURE__ */ codeList<ScorePeriod>("score-period", {
  "past-week-including-today": /* @__PURE__ */ t(
    "Siste uke, inkludert i dag",
    "Siste veke, inkludert i dag",
    "The past week including today",
  ),
  "right-now": /* @__PURE__ */ t("Akkurat nå", "Akkurat no", "Right now"),
});

/**
 * A part of an assessment the patient can hold back from a recipient (DOMAIN.md §1: "the patient decides what is
 * shared, and with whom"; issue 9), and that a regional profile can leave out as not needed (data minimisation).
 * `topic:<key>` is one topic (its status, its note and the measures about it); `topics` is every topic;
 * `free-text` is every free-text field at once (see `FREE_TEXT_FIELDS`).
 */
export type SharablePart =
  | `topic:${TopicKey}`
  | "topics"
  | "problem-list"
  | "distress-score"
  | "what-matters"
  | "children"
  | "measures"
  | "contact-point"
  | "notes"
  | "free-text";

/** One sharable part per topic, named after it; a function, so a bundler can leave it out with the list. */
const topicParts = (): Record<`topic:${TopicKey}`, LocalizedText> =>
  Object.fromEntries(
    TOPICS.codes.map((k) => {
      const d = TOPICS.entries[k];
      return [`topic:${k}`, t(`Tema: ${d.nb}`, `Tema: ${d.nn}`, `Topic: ${d.en}`)];
    }),
  ) as Record<`topic:${TopicKey}`, LocalizedText>;

/** The entries of {@link SHARABLE_PARTS}, in document order; a function, so a bundler can leave it out. */
const sharableParts = (): Record<SharablePart, LocalizedText> => ({
  "distress-score": t("Termometer for grad av påkjenning", "Termometer for grad av påkjenning", "Distress thermometer"),
  "problem-list": t("Problemliste", "Problemliste", "Problem list"),
  "what-matters": t("Hva er viktig for deg?", "Kva er viktig for deg?", "What matters to you?"),
  topics: t("Alle tema", "Alle tema", "All topics"),
  ...topicParts(),
  children: t("Barn som pårørende", "Barn som pårørande", "Children as next of kin"),
  measures: t("Tiltak", "Tiltak", "Measures"),
  "contact-point": t("Kontaktpunkt i kommunen", "Kontaktpunkt i kommunen", "Contact point in the municipality"),
  notes: t("Notater", "Notat", "Notes"),
  "free-text": t("All fritekst", "All fritekst", "All free text"),
});

/**
 * Parts of an assessment that consent can hold back from a recipient and a profile can leave out (issue 9). The
 * order is the order of the rendered document.
 * @example
 * ```ts
 * displayOf(SHARABLE_PARTS, "topic:mental-health", "nb"); // "Tema: Psykisk helse"
 * ```
 */
export const SHARABLE_PARTS: CodeList<SharablePart> = /* @__PURE__ */ codeList<SharablePart>(
  "sharable-part",
  /* @__PURE__ */ sharableParts(),
);

/** Why a copy of an assessment is not the complete document (issue 9). */
export type RedactionReason = "consent" | "minimisation";
/**
 * Redaction reasons: the patient's consent held parts back, or the recipient does not need them (the profile).
 * @example
 * ```ts
 * displayOf(REDACTION_REASONS, "consent", "en"); // "Held back at the patient's request"
 * ```
 */
export const REDACTION_REASONS: CodeList<RedactionReason> = /* @__PURE__ */ codeList<RedactionReason>(
  "redaction-reason",
  {
    consent: /* @__PURE__ */ t(
      "Holdt tilbake etter pasientens ønske",
      "Halde tilbake etter ønske frå pasienten",
      "Held back at the patient's request",
    ),
    minimisation: /* @__PURE__ */ t(
      "Ikke tatt med fordi mottakeren ikke trenger det",
      "Ikkje teke med fordi mottakaren ikkje treng det",
      "Left out because the recipient does not need it",
    ),
  },
);

/** What an amendment did: changed the assessment, or cancelled it (Epikrise ServType M / C; issue 9). */
export type AmendmentKind = "change" | "cancellation";
/**
 * Amendment kinds.
 * @example
 * ```ts
 * displayOf(AMENDMENT_KINDS, "cancellation", "nb"); // "Trukket tilbake"
 * ```
 */
export const AMENDMENT_KINDS: CodeList<AmendmentKind> = /* @__PURE__ */ codeList<AmendmentKind>("amendment-kind", {
  change: /* @__PURE__ */ t("Endret", "Endra", "Changed"),
  cancellation: /* @__PURE__ */ t("Trukket tilbake", "Trekt tilbake", "Cancelled"),
});
