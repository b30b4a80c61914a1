export { planToFhirBundle } from './fhir-export.js';
export { planToICalendar, parseStartDate, type ICalendarOptions } from './ics-export.js';
export { certReport, formatCertReport, type CertItem, type CertStatus } from './cert-report.js';
export { CERT_ITEMS, type CertItemId } from './cert-items.js';
export type { Language } from '../words/dictionary.js';
