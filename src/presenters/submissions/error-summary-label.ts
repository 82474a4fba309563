import type { Translate } from '../../i18n/i18n';
import type { EvidenceEntryView, FactFormView, InputView, SourceRowView } from './section-form.presenter';

interface Group {
  label: string;
  inputs: InputView[];
  sources: SourceRowView[];
}

/**
 * Where in a long section form a problem is, for the error summary: "Beschikbaarheid (SLA) — bron 1,
 * URL" rather than a bare "URL". A summary line must make sense on its own (the contract section has 17
 * facts, each with a "Waarde" and sources), so it names the fact or evidence entry, the source row and
 * the input. Undefined when the field is not on the form (the message then stands alone).
 */
export function errorSummaryLabel(
  field: string,
  parts: { fields: InputView[]; facts: FactFormView[]; evidence?: EvidenceEntryView[] },
  t: Translate,
): string | undefined {
  const own = parts.fields.find((input) => input.name === field);
  if (own) return own.label;
  const groups: Group[] = [
    ...parts.facts.map((f) => ({ label: f.label, inputs: [...f.inputs, f.note], sources: f.sources })),
    ...(parts.evidence ?? []).map((e) => ({
      label: e.isNew ? t('submissions.evidence.new') : t('submissions.evidence.entry', { n: e.index + 1 }),
      inputs: e.inputs,
      sources: e.sources,
    })),
  ];
  for (const group of groups) {
    const input = group.inputs.find((i) => i.name === field);
    if (input)
      return group.inputs.length > 2 || input !== group.inputs[0]
        ? `${group.label}, ${input.label}`
        : group.label;
    for (const row of group.sources) {
      const sourceInput = row.inputs.find((i) => i.name === field);
      if (sourceInput) {
        return `${group.label} — ${t('submissions.source.legend', { n: row.index + 1 })}, ${sourceInput.label}`;
      }
    }
  }
  return undefined;
}
