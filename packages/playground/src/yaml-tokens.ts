/**
 * YAML token kinds → class names, shared by the editor (CodeMirror puts them on spans) and the
 * output (highlight names of the CSS Custom Highlight API), so both are coloured alike by
 * style.css, in light and dark.
 */
import { tagHighlighter, tags } from '@lezer/highlight';

export const yamlTokens = tagHighlighter([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], class: 'yaml-key' },
  { tag: [tags.string, tags.special(tags.string), tags.content], class: 'yaml-string' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom, tags.keyword], class: 'yaml-atom' },
  { tag: [tags.lineComment, tags.comment, tags.meta, tags.processingInstruction], class: 'yaml-meta' },
  { tag: [tags.separator, tags.punctuation, tags.squareBracket, tags.brace], class: 'yaml-punct' },
]);

export const TOKEN_CLASSES = ['yaml-key', 'yaml-string', 'yaml-atom', 'yaml-meta', 'yaml-punct'] as const;
