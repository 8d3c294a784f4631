// The glossary (src/shared/glossary.ts) must name identifiers that exist: status ids, verdicts, stages and
// the domain functions it points to.
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../shared/glossary';
import { STAGE_IDS, STATUS, STATUS_IDS, VERDICT_IDS } from '../shared/status';
import { timeProgress } from './index';

describe('glossary', () => {
  it.each(STATUS_IDS.map((id) => [STATUS[id].zh, id]))('maps the status label %s to %s', (zh, id) => {
    expect(GLOSSARY[zh]?.id).toBe(id);
  });

  it.each([['序时推进'], ['滞后']])('maps the verdict %s to a verdict id', (zh) => {
    expect(VERDICT_IDS).toContain(GLOSSARY[zh]?.id);
  });

  it.each([['申报'], ['评审'], ['获批']])('maps the stage %s to a stage id', (zh) => {
    expect(STAGE_IDS).toContain(GLOSSARY[zh]?.id);
  });

  it('maps 序时进度 to the exported timeProgress function', () => {
    expect(GLOSSARY.序时进度?.id).toBe(timeProgress.name);
  });

  it('cites a DOMAIN.md section or duban for every term', () => {
    const bad = Object.entries(GLOSSARY).filter(([, e]) => !/^§\d|\(duban\)/.test(e.source));
    expect(bad).toEqual([]);
  });
});
