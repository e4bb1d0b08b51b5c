/** Where a quoted sentence comes from: the document's title, the section as people cite it, and the sentence. */
export interface Citation {
  source: string;
  section: string;
  text: string;
}
