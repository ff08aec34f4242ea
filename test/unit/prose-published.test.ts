// Publish dates and deadlines (src/check/prose/published.ts), on the info lines real pages print.
import { describe, expect, it } from 'vitest';
import { publishDate, publishDeadline } from '@/src/check/prose/published';
import { labelKey } from '@/src/text/normalize';

describe('publication date', () => {
  it('is read from the meta, "发布日期：" (seed 001) or "日期:" (seed 002), never from 成文日期', () => {
    expect(publishDate('2024-01-30 10:12', '')).toEqual({ year: 2024, month: 1, day: 30 });
    expect(publishDate(null, labelKey('索引号：11654021010425476A/2024-00012 发布机构：伊宁县人民政府办公室 发布日期：\t2024-01-26'))).toEqual({ year: 2024, month: 1, day: 26 });
    expect(publishDate(null, labelKey('日期: 2022-02-10 浏览量:426 来源:太平区人民政府办公室'))).toEqual({ year: 2022, month: 2, day: 10 });
    expect(publishDate(null, labelKey('成文日期：2024年01月15日'))).toBeNull();
  });
  it('deadlines: a department 31 January, a government (and its 办公室, which may publish for it) 31 March', () => {
    expect(publishDeadline('某县教育局', 2023)).toEqual({ year: 2024, month: 1, day: 31 });
    expect(publishDeadline('勉县人民政府', 2023)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(publishDeadline('太平区人民政府办公室', 2021)).toEqual({ year: 2022, month: 3, day: 31 });
  });
});

