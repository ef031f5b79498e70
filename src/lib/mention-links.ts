/**
 * Links the first mention of each entity in a rendered transcription to the
 * entity's page. It rewrites text only between tags, never inside links,
 * buttons, headings or the site's own apparatus, and leaves every character of
 * the text as it was: a link wraps words, it does not change them.
 */
import type { MentionMatcher } from './mentions.ts';

/** Elements whose text must not be linked: links and controls, headings, superscripts, the site's own notes. */
const SKIP = /^<(a|button|h[1-6]|sup)\b|\bdata-apparatus\b/i;
const VOID = /^<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!);
const encode = (text: string) => text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);

export interface LinkTarget {
  href: string;
  /** Spoken and shown on hover, e.g. "Organisation: Cisco". */
  label: string;
}

export function linkFirstMentions(
  html: string,
  matcher: MentionMatcher,
  targetFor: (key: string) => LinkTarget | undefined,
  alreadyLinked = new Set<string>(),
): string {
  const parts = html.split(/(<[^>]*>)/);
  const stack: boolean[] = [];
  let skipDepth = 0;
  return parts
    .map((part) => {
      if (part.startsWith('<')) {
        if (part.startsWith('</')) {
          if (stack.pop()) skipDepth -= 1;
        } else if (!VOID.test(part) && !part.endsWith('/>') && !part.startsWith('<!')) {
          const skip = SKIP.test(part);
          stack.push(skip);
          if (skip) skipDepth += 1;
        }
        return part;
      }
      if (skipDepth > 0 || part.trim() === '') return part;
      const text = decode(part);
      let out = '';
      let last = 0;
      for (const mention of matcher.find(text)) {
        const target = alreadyLinked.has(mention.key) ? undefined : targetFor(mention.key);
        if (!target) continue;
        alreadyLinked.add(mention.key);
        out += encode(text.slice(last, mention.start));
        out += `<a href="${encode(target.href)}" class="mention-link" title="${encode(target.label)}">${encode(text.slice(mention.start, mention.end))}</a>`;
        last = mention.end;
      }
      return last === 0 ? part : out + encode(text.slice(last));
    })
    .join('');
}
