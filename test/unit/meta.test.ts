import { describe, expect, it } from 'vitest';
import { labelKey } from '@/src/text/normalize';
import { fullerAgency, overviewYear, parseTitle, periodYear, publisherOf } from '@/src/parse/meta';

describe('title', () => {
  it.each([
    ['勉县人民政府2023年政府信息公开工作年度报告_勉县人民政府', '勉县人民政府', 2023],
    ['伊宁县政府信息公开工作2023年度报告-伊宁县人民政府', '伊宁县', 2023],
    ['辉县市人民政府 2023 年政府信息公开工作年度报告', '辉县市人民政府', 2023],
    ['某市发展和改革委员会2022年度政府信息公开工作报告 - 某市人民政府', '某市发展和改革委员会', 2022],
    ['首页 | 某区人民政府2021年政府信息公开年度报告', '某区人民政府', 2021],
  ])('%s', (title, agency, year) => expect(parseTitle(title)).toEqual({ agency, year }));

  it('is not fooled by a page that is not a report', () => expect(parseTitle('2023年全县经济运行情况分析')).toBeNull());
});

describe('year and agency from the prose', () => {
  it('reads the statistics period', () => {
    expect(periodYear(labelKey('报告中所列数据的统计时限为2023年1月1日起至2023年12月31日止。'))).toBe(2023);
    expect(periodYear(labelKey('报告中所列数据统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止'))).toBe(2024);
  });
  it('falls back to the first year of 总体情况, not the publication date', () => {
    expect(overviewYear(labelKey('日期: 2022-02-10\n一、 总体情况\n2021年,太平区人民政府认真贯彻'))).toBe(2021);
  });
  it('reads 来源/发布机构', () => expect(publisherOf('日期: 2022-02-10 浏览量:426 来源:太平区人民政府办公室 责任编辑:…')).toBe('太平区人民政府办公室'));
  it('extends a shortened agency with the full name the body gives, on one line only', () => {
    expect(fullerAgency('伊宁县', 2023, '现向社会公布伊宁县人民政府2023年政府信息公开工作年度报告。')).toBe('伊宁县人民政府');
    expect(fullerAgency('某县自然资源局', 2023, '某县自然资源局\n某县自然资源局2023年政府信息公开工作年度报告')).toBe('某县自然资源局');
  });
});
