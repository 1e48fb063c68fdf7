/**
 * Forecasting arrivals: baseline models (naive, seasonal naive, drift), Holt–Winters exponential
 * smoothing with additive or multiplicative seasonality chosen by AIC, a rolling-origin backtest
 * with MASE, sMAPE, bias and interval coverage, the choice of a model per series from its past
 * errors only, conformal prediction intervals from backtest residuals, surge rules, and the stress
 * test of a solidarity pool under a scenario. Plain Java, no framework.
 */
package org.pactum.core.forecast;
