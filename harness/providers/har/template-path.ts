import { decodeSegment } from '../decode-segment.ts';

// Segments that name one item rather than a resource: numbers, UUIDs, long hex, and long tokens with digits.
const ID_SEGMENT = [/^\d+$/, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, /^[0-9a-f]{16,}$/i, /^(?=.*\d)[\w-]{12,}$/];

const singular = (word: string) => word.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');

/**
 * The path template of a recorded path: item-like segments become `{<previous segment>Id}` placeholders.
 * @example templatePath('/users/42/posts/7') // '/users/{userId}/posts/{postId}'
 */
export function templatePath(pathname: string): string {
  const segments = pathname.split('/');
  const used = new Set<string>();
  const isId = (segment: string) => ID_SEGMENT.some((test) => test.test(decodeSegment(segment)));
  return segments
    .map((segment, i) => {
      if (!isId(segment)) return segment;
      // Named after the resource segment before it (`orders/101` -> orderId); after another id, or none: id.
      const previous = segments[i - 1] ?? '';
      const before = isId(previous) ? '' : previous.replace(/[^A-Za-z0-9]/g, '');
      let name = /^[A-Za-z]/.test(before) ? `${singular(before)}Id` : 'id';
      for (let n = 2; used.has(name); n++) name = `${name.replace(/\d+$/, '')}${n}`;
      used.add(name);
      return `{${name}}`;
    })
    .join('/');
}
