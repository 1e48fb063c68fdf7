/**
 * Publication of a partnership's financing and results as IATI 2.03 activity files, the open
 * standard in which donors, development banks and NGOs report what they promised, what they paid
 * and what it achieved: who funds and who implements, the budgets, every commitment, disbursement
 * and expenditure, and the indicators with their baselines, targets and actuals period by period.
 * The writer's output validates against the official IATI schema.
 */
package org.pactum.core.finance.iati;
