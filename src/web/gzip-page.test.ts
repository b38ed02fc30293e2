import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { gzipPage, writeToken } from './gzip-page.ts';

const TOKEN = 'T'.repeat(43);
const pageWith = (...texts: string[]) => {
  const body = Buffer.from(texts.join(TOKEN));
  const tokenAt: number[] = [];
  for (let at = body.indexOf(TOKEN); at >= 0; at = body.indexOf(TOKEN, at + TOKEN.length)) tokenAt.push(at);
  return { body, tokenAt };
};
const withToken = (gz: ReturnType<typeof gzipPage>, token: string) => {
  const copy = Buffer.from(gz.bytes);
  writeToken(gz, copy, Buffer.from(token));
  return copy;
};

test('a gzipped page unpacks to the page, with each browser\'s token written in', () => {
  const prose = 'The lantern swung over the harbour. '.repeat(400);
  for (const texts of [[`<p>${prose}</p><form>`, `</form><p>${prose}</p><form>`, '</form>'], ['', 'starts with a token'], ['ends with a token', ''], ['two', '', 'tokens together'], ['no token at all']]) {
    const { body, tokenAt } = pageWith(...texts);
    const gz = gzipPage(body, tokenAt, TOKEN.length);
    assert.deepEqual(gunzipSync(gz.bytes), body, 'as kept, with the renderer\'s token');
    for (const token of ['a'.repeat(43), 'Zz-_'.repeat(10) + 'xyz']) {
      assert.equal(gunzipSync(withToken(gz, token)).toString(), texts.join(token), `${texts.length - 1} tokens`);
    }
  }
});

test('the text is compressed and the tokens are not: each stands in the bytes as itself', () => {
  const prose = 'Mira counted the steps to the tower. '.repeat(1000);
  const { body, tokenAt } = pageWith(prose, prose, prose);
  const gz = gzipPage(body, tokenAt, TOKEN.length);
  assert.ok(gz.bytes.length < body.length / 10, `${gz.bytes.length} of ${body.length} bytes`);
  const secret = 's3cret-'.repeat(6) + 'x';
  const sent = withToken(gz, secret);
  assert.equal(sent.toString('latin1').split(secret).length - 1, 2, 'both tokens stored as they are');
  // Its length is the page's, whatever the token: how well a page compresses says nothing of its token.
  assert.equal(sent.length, gz.bytes.length);
});
