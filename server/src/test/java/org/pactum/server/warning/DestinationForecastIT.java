package org.pactum.server.warning;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Forecasts of annual asylum applications by destination, in years: the history comes from the raw
 * Eurostat and UNHCR files (UNHCR summed over origins), a series too short for the models falls back
 * to the baseline with a message, and bad input is a problem naming the parameter.
 */
class DestinationForecastIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aDestinationForecastStartsTheYearAfterTheLastFigure() throws Exception {
        TreeMap<Integer, Double> eurostat = DestinationFile.read("eurostat.asylum-applicants-total").get("DEU");
        int last = eurostat.lastKey();
        mvc.perform(get("/api/v1/early-warning/destination-forecasts?series=eurostat:DEU&horizon=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series.lastYear").value(last))
                .andExpect(jsonPath("$.series.source").value(containsString("Eurostat")))
                .andExpect(jsonPath("$.history[-1:].value").value(org.hamcrest.Matchers.contains(eurostat.get(last))))
                .andExpect(jsonPath("$.forecast.length()").value(2))
                .andExpect(jsonPath("$.forecast[0].year").value(last + 1))
                .andExpect(jsonPath("$.forecast[1].year").value(last + 2))
                .andExpect(jsonPath("$.accuracy[?(@.model == 'naive' && @.horizon == 1)]").isNotEmpty());
        TreeMap<Integer, Double> unhcr = DestinationFile.read("unhcr.asylum-applications").get("DEU");
        int lastUnhcr = unhcr.lastKey();
        mvc.perform(get("/api/v1/early-warning/destination-forecasts?series=unhcr:DEU&horizon=3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[-1:].value").value(org.hamcrest.Matchers.contains(unhcr.get(lastUnhcr))))
                .andExpect(jsonPath("$.forecast.length()").value(3))
                .andExpect(jsonPath("$.forecast[2].year").value(lastUnhcr + 3));
        mvc.perform(get("/api/v1/early-warning/destination-series"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'eurostat:DEU')]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.id == 'unhcr:DEU')]").isNotEmpty());
        mvc.perform(get("/early-warning/destinations?series=unhcr:DEU&horizon=2&lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-year=\"" + (lastUnhcr + 2) + "\"")));
    }

    @Test
    void aShortDestinationSeriesFallsBackToTheBaselineWithAClearMessage() throws Exception {
        // a destination whose last unbroken run of years with a figure is at most 5 years long
        for (Map.Entry<String, TreeMap<Integer, Double>> e : DestinationFile.read("unhcr.asylum-applications").entrySet()) {
            int last = e.getValue().lastKey();
            int first = last;
            while (e.getValue().containsKey(first - 1)) {
                first--;
            }
            int years = last - first + 1;
            if (years <= 5 && e.getKey().matches("[A-Z]{3}")) {
                mvc.perform(get("/api/v1/early-warning/destination-forecasts?series=unhcr:" + e.getKey() + "&horizon=2"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.notice").value(containsString("only " + years + " years")))
                        .andExpect(jsonPath("$.notice").value(containsString("baseline naive")))
                        .andExpect(jsonPath("$.forecast[0].model").value("naive"))
                        .andExpect(jsonPath("$.forecast[1].forecast").value(e.getValue().get(last)));
                return;
            }
        }
        throw new AssertionError("no short destination series in the bundled UNHCR file");
    }

    @Test
    void badHorizonsAndUnknownSeriesAreProblemDetailsNamingTheParameter() throws Exception {
        for (String horizon : new String[] {"0", "4", "36"}) {
            mvc.perform(get("/api/v1/early-warning/destination-forecasts?series=eurostat:DEU&horizon=" + horizon))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.parameter").value("horizon"));
        }
        for (String series : new String[] {"eurostat:XXX", "unhcr:deu", "frontex:central-mediterranean", "eurostat:", ""}) {
            mvc.perform(get("/api/v1/early-warning/destination-forecasts").param("series", series))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("series"));
        }
        // the monthly endpoint points to the annual one for a destination series
        mvc.perform(get("/api/v1/early-warning/forecasts?series=eurostat:DEU"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("series"))
                .andExpect(jsonPath("$.detail").value(containsString("destination-forecasts")));
    }
}
