import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@ikone/platform';
import { MunicipalityService } from '@ikone/membership';
import { CaseStudyService, KnowledgeError, TopicService } from '@ikone/knowledge';
import { renderAtomFeed } from './atom';

const FEED_SIZE = 50;
/** Atom feeds of public, published case studies per topic (RFC 4287) (renderAtomFeed). */
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
    const body = renderAtomFeed({
      id: `tag:${host},2026:topic:${topic.slug}`,
      title: `IKONE – Praxisbeispiele: ${topic.nameDe}`,
      subtitle: topic.descriptionDe,
      selfHref: feedUrl,
      alternateHref: `${base}/themen/${topic.slug}`,
      updated,
      category: { term: topic.slug, label: topic.nameDe },
      entries: page.items.map((c) => ({
        id: `tag:${host},2026:case-study:${c.id}`,
        title: c.title,
        href: `${base}/praxisbeispiele/${c.slug}`,
        published: c.publishedAt ?? c.createdAt,
        updated: c.updatedAt,
        author: owners.get(c.municipalityId) ?? 'IKONE',
        summary: c.summary,
      })),
    });
    await reply.header('content-type', 'application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(body);
  }
}
