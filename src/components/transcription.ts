/** The components a transcription's MDX may use, passed to `<Content components>` so entries need no imports. */
import Aligned from './Aligned.astro';
import EditorialNote from './EditorialNote.astro';
import Figure from './Figure.astro';
import Footnote from './Footnote.astro';
import FootnoteRef from './FootnoteRef.astro';
import Passage from './Passage.astro';
import Translation from './Translation.astro';

export const transcriptionComponents = { Aligned, EditorialNote, Figure, Footnote, FootnoteRef, Passage, Translation };
