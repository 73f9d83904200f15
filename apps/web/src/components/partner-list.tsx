/**
 * The partners of a case study or event: partner organisations of the network linked to their
 * page, then partners named in free text (not members), comma-separated (ADR 0024).
 */
export function PartnerList({ linked, others = [] }: { linked: Array<{ slug: string; name: string }>; others?: string[] }) {
  const items = [
    ...linked.map((p) => <a class="kern-link" href={`/partner/${p.slug}`}>{p.name}</a>),
    ...others.map((name) => <>{name}</>),
  ];
  return <>{items.map((item, i) => <span key={i}>{i > 0 ? ', ' : ''}{item}</span>)}</>;
}
