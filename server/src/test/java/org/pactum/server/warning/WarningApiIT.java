package org.pactum.server.warning;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The early warning's API on good and bad input; expected months and counts come from the raw Frontex file. */
class WarningApiIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EarlyWarning warning;

    @Test
    void aRouteForecastStartsTheMonthAfterTheLastDataAndSaysWhereTheFiguresComeFrom() throws Exception {
        Map<String, TreeMap<YearMonth, Double>> raw = FrontexFile.read("central-mediterranean");
        YearMonth last = FrontexFile.lastMonth(raw);
        warning.awaitGlobalModel();
        mvc.perform(get("/api/v1/early-warning/forecasts?series=frontex:central-mediterranean&horizon=3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series.last").value(last.toString()))
                .andExpect(jsonPath("$.series.restricted").value(true))
                .andExpect(jsonPath("$.series.licence").value(containsString("permission")))
                .andExpect(jsonPath("$.forecast.length()").value(3))
                .andExpect(jsonPath("$.forecast[0].month").value(last.plusMonths(1).toString()))
                .andExpect(jsonPath("$.forecast[2].month").value(last.plusMonths(3).toString()))
                .andExpect(jsonPath("$.forecast[0].lower80").isNumber())
                .andExpect(jsonPath("$.notice").doesNotExist())
                .andExpect(jsonPath("$.accuracy[?(@.model == 'seasonal-naive' && @.horizon == 1)]").isNotEmpty())
                .andExpect(jsonPath("$.accuracy[?(@.model == 'gradient-boosting' && @.horizon == 6)]").isNotEmpty());
        // history: the sum over nationalities of the last month, as in the raw file
        double lastTotal = raw.values().stream().mapToDouble(m -> m.getOrDefault(last, 0.0)).sum();
        mvc.perform(get("/api/v1/early-warning/forecasts?series=frontex:central-mediterranean&horizon=1"))
                .andExpect(jsonPath("$.history[-1:].value").value(org.hamcrest.Matchers.contains(lastTotal)));
    }

    @Test
    void aSeriesTooShortForTheModelsFallsBackToABaselineWithAClearMessage() throws Exception {
        // a nationality first detected on the route less than a year before the last month: under 12 months of data
        for (String route : new String[] {"central-mediterranean", "eastern-mediterranean", "western-balkan", "eastern-borders"}) {
            Map<String, TreeMap<YearMonth, Double>> raw = FrontexFile.read(route);
            YearMonth last = FrontexFile.lastMonth(raw);
            for (var e : raw.entrySet()) {
                YearMonth first = e.getValue().firstKey();
                long months = (last.getYear() * 12L + last.getMonthValue()) - (first.getYear() * 12L + first.getMonthValue()) + 1;
                if (months < 12) {
                    mvc.perform(get("/api/v1/early-warning/forecasts?series=frontex:" + route + ":" + e.getKey() + "&horizon=6"))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.notice").value(containsString("only " + months + " months")))
                            .andExpect(jsonPath("$.notice").value(containsString("baseline naive")))
                            .andExpect(jsonPath("$.forecast.length()").value(6))
                            .andExpect(jsonPath("$.forecast[0].model").value("naive"))
                            .andExpect(jsonPath("$.forecast[0].forecast").value(e.getValue().getOrDefault(last, 0.0)));
                    return;
                }
            }
        }
        throw new AssertionError("no short series in the bundled Frontex files");
    }

    @Test
    void badHorizonsAndUnknownSeriesAreProblemDetailsNamingTheParameter() throws Exception {
        for (String horizon : new String[] {"0", "37", "-1"}) {
            mvc.perform(get("/api/v1/early-warning/forecasts?series=frontex:central-mediterranean&horizon=" + horizon))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.parameter").value("horizon"));
        }
        mvc.perform(get("/api/v1/early-warning/forecasts?series=frontex:central-mediterranean&horizon=six"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("horizon"));
        for (String series : new String[] {"frontex:atlantis", "frontex:central-mediterranean:XXX", "eurostat:ITA", "", "a:b:c:d"}) {
            mvc.perform(get("/api/v1/early-warning/forecasts").param("series", series))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.parameter").value("series"));
        }
        mvc.perform(get("/api/v1/early-warning/forecasts")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("series"));
        mvc.perform(get("/api/v1/early-warning/surge-alerts/999999999")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/early-warning/surge-alerts/abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/early-warning/surge-alerts?size=0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/v1/early-warning/series?page=-1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"));
        mvc.perform(get("/early-warning?horizon=0")).andExpect(status().isBadRequest());
        mvc.perform(get("/early-warning?series=frontex:atlantis")).andExpect(status().isNotFound());
    }

    @Test
    void theSeriesListAndTheLeaderboardCoverEveryRoute() throws Exception {
        mvc.perform(get("/api/v1/early-warning/series?size=1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == 'frontex:central-mediterranean')]").isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.id == 'frontex:western-balkan')]").isNotEmpty());
        mvc.perform(get("/api/v1/early-warning/leaderboard"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.seriesId == 'frontex:central-mediterranean' && @.model == 'chosen' && @.horizon == 6)]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.seriesId == 'frontex:eastern-mediterranean' && @.model == 'holt-winters' && @.horizon == 3)]").isNotEmpty());
        mvc.perform(get("/early-warning/leaderboard?lang=fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Classement")));
    }
}
