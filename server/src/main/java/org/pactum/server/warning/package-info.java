/**
 * Early warning: looking over the horizon before reception systems overflow. Pactum forecasts
 * monthly border detections on each migratory route into Europe, in total and by nationality, from
 * the published Frontex series (learning across all of them, with conflict and economic conditions
 * in the countries of origin), and the asylum applications each destination state receives a year,
 * with prediction intervals, and tests every forecasting model on the
 * past before trusting it: a rolling backtest against naive baselines, a public leaderboard, and a
 * model chosen per series by its past errors. Surge rules agreed per route (the upper forecast bound
 * above a number of arrivals, or growth on the year above a percentage), checked every day, raise
 * surge alerts; each alert on the forecast is a public fact on the register, and every alert, also
 * one of a hypothetical scenario, reaches the surge clauses of agreements whose destination states
 * the route leads to. A stress test shows what a scenario, such as 40 % more
 * arrivals on the Central Mediterranean route, would mean for a solidarity pool's needs and which
 * states' pledges would then fall short of their fair share.
 */
package org.pactum.server.warning;
