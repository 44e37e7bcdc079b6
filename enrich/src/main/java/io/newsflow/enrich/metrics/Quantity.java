package io.newsflow.enrich.metrics;

import java.math.BigDecimal;

/**
 * A number with its unit as written in the text, before anyone decided what it measures.
 *
 * @param start    offset of the span (including a leading qualifier such as 约)
 * @param end      end of the span
 * @param value    in base units (亿元 → yuan, % → fraction)
 * @param valueMax upper end of a range, or null
 * @param unit     CNY, USD …, ratio, pct_point, multiple, count, points, t, or CNY/t-style prices
 * @param qualifier approx, gt, lt, range or null
 * @param times    {@code 倍} was the unit (growth by N times or N times as much, decided by the words around)
 */
public record Quantity(int start, int end, BigDecimal value, BigDecimal valueMax, String unit, String qualifier, boolean times) {}
