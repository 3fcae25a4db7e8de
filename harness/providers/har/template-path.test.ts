import { describe, expect, it } from 'vitest';
import { templatePath } from './template-path.ts';

describe('templatePath', () => {
  it.each([
    ['/users/42/posts/7', '/users/{userId}/posts/{postId}'],
    ['/v1/orders/101', '/v1/orders/{orderId}'],
    ['/v1/categories/3', '/v1/categories/{categoryId}'],
    ['/items/0b9f2c8e-4d1a-4b7e-9a6f-2f1d3c4b5a69', '/items/{itemId}'],
    ['/blobs/9f86d081884c7d659a2feaa0c55ad015', '/blobs/{blobId}'],
    ['/customers/cus_9s6XKzkNRiz8i3', '/customers/{customerId}'],
    ['/42/7', '/{id}/{id2}'],
  ])('%s -> %s', (path, template) => expect(templatePath(path)).toBe(template));

  it.each(['/repos/octo-org/hello-world/issues', '/v2/status', '/users/me', '/api/chat.postMessage'])('keeps %s: no segment reads as an id', (path) => {
    expect(templatePath(path)).toBe(path);
  });
});
