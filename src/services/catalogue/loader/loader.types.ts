/** One problem in a catalogue document, at a JSON Pointer such as `/services/3/providerId`. */
export interface CatalogueError {
  path: string;
  message: string;
}
