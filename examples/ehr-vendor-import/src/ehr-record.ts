/**
 * The made-up EHR's own data structure for a "Pakkeforløp hjem" conversation: how a vendor stores it today, with its
 * own field names, Norwegian dates (dd.mm.yyyy), J/N flags and free-form labels. Nothing here comes from the SDK.
 */

/** J/N flags, as the EHR stores them. */
export type JN = "J" | "N";

export interface EhrPatient {
  /** Fødselsnummer, D-nummer or (here) a synthetic Tenor number. */
  readonly personnummer: string;
  readonly fornavn: string;
  readonly etternavn: string;
  /** dd.mm.yyyy */
  readonly fodt: string;
  readonly sprak: string;
  readonly tolk: JN;
  readonly helsenorge: JN;
  readonly barn: JN;
}

export interface EhrClinician {
  readonly navn: string;
  /** The EHR's own title, mapped to KITH 9060 below. */
  readonly tittel: "Sykepleier" | "Lege" | "Fysioterapeut" | "Sosionom";
  readonly hpr?: string;
  readonly telefon?: string;
}

export interface EhrDepartment {
  readonly sykehus: string;
  readonly avdeling: string;
  readonly herId?: string;
  readonly orgnr?: string;
}

export interface EhrTopic {
  /** The SDK's topic key is what the EHR stores in its coded column. */
  readonly omrade: string;
  readonly vurdering: "BEHOV" | "INGEN_BEHOV" | "IKKE_TATT_OPP";
  readonly kommentar?: string;
}

export interface EhrAction {
  readonly tekst: string;
  readonly omrade?: string;
  readonly ansvar: "SYKEHUS" | "KOMMUNE" | "FASTLEGE" | "FRIVILLIG" | "PASIENT";
  readonly ansvarligEnhet?: string;
  /** dd.mm.yyyy */
  readonly frist?: string;
}

export interface EhrChild {
  readonly relasjon: "BARN" | "SOSKEN";
  readonly alder: number;
  readonly informert: JN;
  readonly merknad?: string;
}

/** One conversation as the EHR stores it. */
export interface EhrEncounter {
  readonly kontaktId: string;
  /** "PFH1", "PFH2", "PFH3": the EHR's encounter type for SP1–SP3. */
  readonly kontakttype: "PFH1" | "PFH2" | "PFH3";
  /** ISO date-time with offset; the EHR keeps local time with its zone. */
  readonly tidspunkt: string;
  readonly form: "OPPMOTE" | "VIDEO" | "TELEFON";
  readonly pasient: EhrPatient;
  readonly behandler: EhrClinician;
  readonly enhet: EhrDepartment;
  readonly diagnose: { readonly icd10: string; readonly tekst: string; readonly dato: string };
  readonly termometer?: {
    readonly skaar: number;
    /** Problem-list item codes the patient answered yes to. */
    readonly ja: readonly string[];
    /** Problem-list item codes the patient answered no to. */
    readonly nei: readonly string[];
    readonly andreBekymringer?: string;
  };
  readonly viktigForDeg?: string;
  readonly temaer: readonly EhrTopic[];
  readonly barn?: readonly EhrChild[];
  readonly tiltak: readonly EhrAction[];
  readonly samtykke: { readonly kommune: JN | "IKKE_SPURT"; readonly fastlege: JN | "IKKE_SPURT" };
  readonly neste?: { readonly dato: string; readonly merknad?: string };
}
