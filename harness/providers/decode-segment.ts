/** A path segment percent-decoded, or as written when its escapes are malformed (hostile or broken URLs). */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
