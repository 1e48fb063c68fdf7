/**
 * Forecasting arrivals: baseline models (naive, seasonal naive, drift), Holt–Winters exponential
 * smoothing with additive or multiplicative seasonality chosen by AIC, a global gradient-boosted
 * model trained across all series with conflict and economic drivers, a damped trend for annual
 * applications per destination, a rolling-origin backtest
 * with MASE, sMAPE, bias and interval coverage, the choice of a model per series from its past
 * errors only, conformal prediction intervals from backtest residuals, surge rules, and the stress
 * test of a solidarity pool under a scenario. Plain Java, no framework (the trees are grown by
 * XGBoost4J, ADR 0011).
 */
package org.pactum.core.forecast;
