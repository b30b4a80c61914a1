/*
 * The items of CERT, the Consensus on Exercise Reporting Template (Slade et al., 2016), with short
 * titles in English and Danish. The wording is ours; the numbering is the template's.
 */

export type CertItemId =
    '1' | '2' | '3' | '4' | '5' | '6' | '7a' | '7b' | '8' | '9' | '10' | '11' | '12' | '13' | '14a' | '14b' | '15' | '16a' | '16b';

export const CERT_ITEMS: ReadonlyArray<{ id: CertItemId; en: string; da: string }> = [
    { id: '1', en: 'Exercise equipment', da: 'Træningsudstyr' },
    { id: '2', en: 'Qualifications and expertise of the instructor', da: 'Instruktørens kvalifikationer og erfaring' },
    { id: '3', en: 'Performed individually or in a group', da: 'Individuelt eller på hold' },
    { id: '4', en: 'Supervised or unsupervised, and how delivered', da: 'Superviseret eller ej, og hvordan det leveres' },
    { id: '5', en: 'How adherence is measured and reported', da: 'Hvordan adhærens måles og rapporteres' },
    { id: '6', en: 'Motivation strategies', da: 'Motivationsstrategier' },
    { id: '7a', en: 'Decision rules for progression', da: 'Beslutningsregler for progression' },
    { id: '7b', en: 'How the programme is progressed', da: 'Hvordan programmet progredieres' },
    { id: '8', en: 'Each exercise described to enable replication', da: 'Hver øvelse beskrevet, så den kan gentages' },
    { id: '9', en: 'Home programme component', da: 'Hjemmeprogram' },
    { id: '10', en: 'Non-exercise components', da: 'Komponenter ud over træning' },
    { id: '11', en: 'Adverse events', da: 'Utilsigtede hændelser' },
    { id: '12', en: 'Setting', da: 'Sted og rammer' },
    { id: '13', en: 'Dosage: sets, repetitions, sessions, duration', da: 'Dosering: sæt, gentagelser, sessioner, varighed' },
    { id: '14a', en: 'Generic or tailored to the individual', da: 'Generisk eller tilpasset den enkelte' },
    { id: '14b', en: 'How exercises are tailored', da: 'Hvordan øvelserne tilpasses' },
    { id: '15', en: 'Decision rule for the starting level', da: 'Beslutningsregel for startniveau' },
    { id: '16a', en: 'How adherence or fidelity is assessed (planned)', da: 'Hvordan adhærens eller fidelitet vurderes (planlagt)' },
    { id: '16b', en: 'Extent delivered as planned (actual)', da: 'I hvilket omfang det blev leveret som planlagt (faktisk)' }
];
