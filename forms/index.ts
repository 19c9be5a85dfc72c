export { INCIDENT_REPORT_FORM, EVIDENCE_WARNING } from './incident-report';
