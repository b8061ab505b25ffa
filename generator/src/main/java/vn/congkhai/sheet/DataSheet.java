package vn.congkhai.sheet;

import vn.congkhai.model.DisclosureData;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Any other list or table a commune must publish ({@code bang}): typed columns and rows.
 *
 * @param rows   each row's values by column code: {@link String}, {@link BigDecimal} or {@link java.time.LocalDate};
 *               a missing value is absent from the map
 * @param totals the declared totals ({@code tong}) by column code, checked against the rows
 */
public record DataSheet(List<Column> columns, List<Map<String, Object>> rows, Map<String, BigDecimal> totals)
        implements DisclosureData {
}
