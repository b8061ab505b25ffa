package vn.congkhai.opendata;

import vn.congkhai.kind.Table;

import java.util.List;

/**
 * A JSON disclosure as one table of open data: Vietnamese headings, a Frictionless type per column, and rows of
 * plain values (numbers without separators, dates as yyyy-MM-dd) so that spreadsheets read them as numbers and dates.
 *
 * @param name  a Frictionless resource name, e.g. {@code ho-ngheo-2024-chinh-thuc}
 * @param path  the CSV's address from the site root, e.g. {@code ho-ngheo/2024-chinh-thuc.csv}
 */
public record Dataset(String name, String title, String path, String jsonPath, String pageUri,
                      List<Table.Field> fields, List<List<Object>> rows) {
}
