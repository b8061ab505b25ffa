package vn.congkhai.compensation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A household in a compensation plan: who (names are public by law here), the plot (map sheet, plot number), the
 * area and land type, the assets, and the amounts in whole đồng; {@code total} equals land + assets + support.
 *
 * @param hamlet       the hamlet ({@code xom}), or null
 * @param assets       the assets compensated, as listed ({@code tai_san}), empty for none
 * @param assetsNote   the assets as one text when the file writes them so ({@code tai_san} as text), or null
 * @param landUnitPrice the land's unit price in đồng per m² ({@code don_gia_dat}), or null
 * @param assetsAmount  compensation for assets, 0 when none
 * @param support       support ({@code ho_tro}), 0 when none
 */
public record CompensatedHousehold(int number, String head, String hamlet, String mapSheet, String plot,
                                   BigDecimal area, String landType, List<Asset> assets, String assetsNote,
                                   Long landUnitPrice, long landAmount, long assetsAmount, long support, long total,
                                   String note) {

    /**
     * An asset on the land (house, trees, well…) with its quantity and unit price where given.
     *
     * @param quantity  how many, or null
     * @param unit      the unit (m², cây, cái), or null
     * @param unitPrice đồng per unit, or null
     * @param amount    đồng, or null when only listed
     */
    public record Asset(String name, BigDecimal quantity, String unit, Long unitPrice, Long amount) {
    }
}
