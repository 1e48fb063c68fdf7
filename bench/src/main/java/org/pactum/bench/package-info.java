/** JMH benchmarks of the computational core; see bench/README.md for how to run them and the figures measured. */
package org.pactum.bench;
