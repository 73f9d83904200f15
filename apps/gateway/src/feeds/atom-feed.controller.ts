import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@ikone/platform';
import { MunicipalityService } from '@ikone/membership';
import { CaseStudyService, KnowledgeError, TopicService } from '@ikone/knowledge';
import { xml } from './xml';

const FEED_SIZE = 50;

/** Atom feeds of public, published case studies per topic (RFC 4287). */
@Controller()
export class AtomFeedController {
  constructor(
    private readonly config: AppConfig,
    private readonly topics: TopicService,
    private readonly caseStudies: CaseStudyService,
    private readonly municipalities: MunicipalityService,
  ) {}

  @Get('topics/:slug/feed.atom')
  async topicFeed(@Param('slug') slug: string, @Res() reply: FastifyReply): Promise<void> {
    const topic = (await this.topics.list()).find((t) => t.slug === slug);
    if (!topic) throw new KnowledgeError('TOPIC_NOT_FOUND', 'slug');
    const page = await this.caseStudies.list(null, { topicSlugs: [slug] }, { first: FEED_SIZE });
    const owners = new Map((await this.municipalities.byIds([...new Set(page.items.map((c) => c.municipalityId))])).map((m) => [m.id, m.name]));
    const base = this.config.publicUrl;
    const host = new URL(base).hostname;
    const feedUrl = `${base}/topics/${encodeURIComponent(slug)}/feed.atom`;
    const updated = page.items.reduce((max, c) => (c.updatedAt > max ? c.updatedAt : max), topic.createdAt);
    const entries = page.items.map((c) => `
  <entry>
    <id>tag:${xml(host)},2026:case-study:${c.id}</id>
    <title>${xml(c.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(`${base}/praxisbeispiele/${c.slug}`)}"/>
    <published>${(c.publishedAt ?? c.createdAt).toISOString()}</published>
    <updated>${c.updatedAt.toISOString()}</updated>
    <author><name>${xml(owners.get(c.municipalityId) ?? 'IKONE')}</name></author>
    <category term="${xml(topic.slug)}" label="${xml(topic.nameDe)}"/>
    <summary type="text">${xml(c.summary)}</summary>
  </entry>`);
    const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <id>tag:${xml(host)},2026:topic:${xml(topic.slug)}</id>
  <title>${xml(`IKONE – Praxisbeispiele: ${topic.nameDe}`)}</title>
  <subtitle>${xml(topic.descriptionDe)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${base}/themen/${topic.slug}`)}"/>
  <updated>${updated.toISOString()}</updated>
  <generator>IKONE</generator>${entries.join('')}
</feed>
`;
    await reply.header('content-type', 'application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(body);
  }
}
