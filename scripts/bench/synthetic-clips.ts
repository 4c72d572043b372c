/**
 * Synthetic but realistic clips for export benchmarks: ~800 words each, links, two figures with
 * captions and credits, a list, a quote and sometimes a table. Deterministic for a given index.
 */
import { CLIP_SCHEMA_VERSION, type Clip } from '../../utils/clip';

const WORDS = (
  'the council said harbour ferry service would resume after repairs to the northern quay were ' +
  'completed ahead of schedule while residents welcomed news many had waited months for officials ' +
  'warned that storms could delay final work engineers inspected pilings and found damage worse ' +
  'than expected but budget remained within limits agreed last spring fishermen reported catches'
).split(' ');

function rand(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function sentence(r: () => number, n: number): string {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
  return `${w.join(' ')}.`;
}

export function syntheticClip(i: number): Clip {
  const r = rand(i + 1);
  const paras: string[] = [];
  let words = 0;
  for (let p = 0; p < 14; p++) {
    const s = Array.from({ length: 3 }, () => sentence(r, 12 + Math.floor(r() * 10)));
    words += s.join(' ').split(' ').length;
    const link = p % 3 === 0 ? ` <a href="https://news.example/related/${i}-${p}">related story ${p}</a>` : '';
    paras.push(`<p>${s.join(' ')}${link}</p>`);
  }
  const fig = (n: number) =>
    `<figure><img src="https://cdn.news.example/photos/${i}-${n}.jpg" alt="Photo ${n} of story ${i}">` +
    `<figcaption>Workers on the quay, scene ${n}. Photo: Agency ${n}</figcaption></figure>`;
  paras.splice(2, 0, fig(1));
  paras.splice(8, 0, fig(2), '<h2>What happens next</h2>', '<ul><li>Ferries resume Monday</li><li>Night work ends</li><li>Survey in June</li></ul>');
  paras.splice(12, 0, '<blockquote><p>We are relieved, said one resident.</p></blockquote>');
  if (i % 4 === 0) paras.push('<table><thead><tr><th>Route</th><th>Sailings</th></tr></thead><tbody><tr><td>North</td><td>12</td></tr><tr><td>South</td><td>8</td></tr></tbody></table>');
  const html = paras.join('\n');
  const day = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 7);
  const iso = day.toISOString();
  return {
    url: `https://news.example/${day.getUTCFullYear()}/story-${i}`,
    canonicalUrl: `https://news.example/${day.getUTCFullYear()}/story-${i}`,
    title: `Harbour story number ${i}: ferries to resume`,
    byline: 'By Ann Lee',
    authors: ['Ann Lee'],
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    excerpt: sentence(r, 20),
    published: iso.slice(0, 10),
    modified: null,
    dateEvidence: { published: { source: 'json-ld', raw: iso.slice(0, 10) }, modified: null },
    figures: [1, 2].map((n) => ({
      src: `https://cdn.news.example/photos/${i}-${n}.jpg`,
      alt: `Photo ${n} of story ${i}`,
      caption: `Workers on the quay, scene ${n}.`,
      credit: `Photo: Agency ${n}`,
    })),
    leadImage: `https://cdn.news.example/photos/${i}-1.jpg`,
    html,
    text: html.replace(/<[^>]+>/g, ''),
    wordCount: words,
    readerable: true,
    reason: null,
    fromSelection: false,
    extractor: { name: 'news-clipper', version: '0.1.0' },
    id: `clip-${String(i).padStart(8, '0')}`,
    schemaVersion: CLIP_SCHEMA_VERSION,
    tags: i % 2 ? ['harbour'] : [],
    note: '',
    clippedAt: iso,
    updatedAt: iso,
  };
}
