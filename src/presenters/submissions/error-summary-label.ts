import type { Translate } from '../../i18n/i18n';
import type { EvidenceEntryView, FactFormView, InputView, SourceRowView } from './section-form.presenter';

interface Group {
  label: string;
  inputs: InputView[];
  sources: SourceRowView[];
}

/** "ISO 27001 (vermelding 2)" — an evidence entry named by its scheme; "Een vermelding toevoegen" for the new one. */
export function evidenceEntryLabel(entry: EvidenceEntryView, t: Translate): string {
  if (entry.isNew) return t('submissions.evidence.new');
  const scheme = entry.inputs
    .find((i) => i.name.endsWith('.scheme'))
    ?.options.find((o) => o.selected && o.value)?.label;
  return scheme
    ? t('submissions.evidenceItem', { scheme, n: entry.index + 1 })
    : t('submissions.evidence.entry', { n: entry.index + 1 });
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
      label: evidenceEntryLabel(e, t),
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
