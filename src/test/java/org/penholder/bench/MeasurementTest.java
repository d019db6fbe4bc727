package org.penholder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void percentilesAreTakenFromTheSortedSamples() {
        double[] samples = new double[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i; // 100 .. 1, unsorted on purpose
        }
        Measurement m = Measurement.timesP95("search", samples, 96);
        assertEquals(50, m.median());
        assertEquals(95, m.p95());
        assertEquals(99, m.p99());
        assertEquals("PASS", m.status(), "95 ms at the 95th percentile is under 96");
        assertEquals("MISS", Measurement.timesP95("search", samples, 95).status());
        assertEquals("MISS", Measurement.timesP99("burst", samples, 99).status());
        assertEquals("PASS", Measurement.times("open", samples, 51).status());
    }

    @Test
    void throughputMustReachItsTargetAndMemoryStayUnder() {
        assertEquals(
                "PASS",
                Measurement.figure("import", 50, "files/s", 50, false, "").status());
        assertEquals(
                "MISS",
                Measurement.figure("import", 49.9, "files/s", 50, false, "").status());
        assertEquals(
                "MISS", Measurement.figure("heap", 300, "MB", 300, true, "").status());
        assertEquals(
                ">= 50 files/s",
                Measurement.figure("import", 60, "files/s", 50, false, "").targetText());
    }

    @Test
    void eachScaleHasAGeneratedProjectOfItsOwn() {
        assertEquals("bench-1-7.penholder", Benchmark.fileName(1, 7));
        assertEquals("bench-0.1-7.penholder", Benchmark.fileName(0.1, 7));
        assertEquals("bench-0.02-7.penholder", Benchmark.fileName(0.02, 7));
        assertEquals("bench-0.04-7.penholder", Benchmark.fileName(0.04, 7), "not the project of scale 0.02");
    }
}
