package vn.congkhai.landprice;

import vn.congkhai.model.DisclosureData;

import java.time.LocalDate;
import java.util.List;

/**
 * A land price table ({@code gia-dat}) as the province decided it, for the commune's roads and areas.
 *
 * @param decision the province's decision ({@code quyet_dinh}), e.g. "Quyết định số 35/2024/QĐ-UBND …"
 * @param until    the last day it applies ({@code ap_dung_den}), or null
 */
public record LandPriceTable(String decision, LocalDate from, LocalDate until, List<LandPrice> prices)
        implements DisclosureData {
}
