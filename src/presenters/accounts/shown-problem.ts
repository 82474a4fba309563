/** A problem shown in the error summary and next to its field (`href` links to the field). */
export interface ShownProblem {
  field: string;
  href: string;
  message: string;
}
