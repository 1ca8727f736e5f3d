package dev.ariadne.core.internal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

class ProblemsTest {

    @Test
    void packageRequirementsNameThePackageAndItsRange() {
        assertThat(Problems.describeRequirement("osgi.wiring.package", Map.of("filter",
                "(&(osgi.wiring.package=org.example.missing)(version>=1.2.0)(!(version>=2.0.0)))")))
                .isEqualTo("package org.example.missing [1.2.0,2.0.0)");
        assertThat(Problems.describeRequirement("osgi.wiring.package",
                Map.of("filter", "(osgi.wiring.package=org.example)"))).isEqualTo("package org.example");
        assertThat(Problems.describeRequirement("osgi.wiring.package",
                Map.of("filter", "(&(osgi.wiring.package=org.example)(version>=3.0.0))")))
                .isEqualTo("package org.example 3.0.0 or later");
    }

    @Test
    void otherRequirementsAreNamedByWhatTheyAskFor() {
        assertThat(Problems.describeRequirement("osgi.wiring.bundle", Map.of("filter",
                "(&(osgi.wiring.bundle=org.eclipse.osgi)(bundle-version>=3.0.0)(!(bundle-version>=4.0.0)))")))
                .isEqualTo("bundle org.eclipse.osgi [3.0.0,4.0.0)");
        assertThat(Problems.describeRequirement("osgi.wiring.host",
                Map.of("filter", "(osgi.wiring.host=org.eclipse.swt)"))).isEqualTo("host bundle org.eclipse.swt");
        assertThat(Problems.describeRequirement("osgi.ee", Map.of("filter", "(&(osgi.ee=JavaSE)(version=21))")))
                .isEqualTo("Java runtime (&(osgi.ee=JavaSE)(version=21))");
        assertThat(Problems.describeRequirement("osgi.service",
                Map.of("filter", "(objectClass=org.example.Service)"))).isEqualTo("service org.example.Service");
        assertThat(Problems.describeRequirement("osgi.extender", Map.of("filter", "(osgi.extender=osgi.cdi)")))
                .isEqualTo("capability osgi.extender (osgi.extender=osgi.cdi)");
    }

    @Test
    void exceptionsAreDescribedWithTheirCauses() {
        BundleException thrown = new BundleException("Activator start error in bundle x [5].",
                new IllegalStateException("boom"));

        assertThat(Problems.describe(thrown))
                .isEqualTo("Activator start error in bundle x [5]. - caused by IllegalStateException: boom");
        assertThat(Problems.describe(new NullPointerException())).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void stackTracesAreSummarisedToTheirMessages() {
        String trace = "org.osgi.service.component.ComponentException: activation failed\n"
                + "\tat org.apache.felix.scr.Something.run(Something.java:1)\n"
                + "Caused by: java.lang.IllegalStateException: the plugin refuses to start\n"
                + "\tat org.example.Throwing.activate(Throwing.java:12)\n"
                + "\t... 12 more\n";

        assertThat(Problems.summarizeStackTrace(trace)).isEqualTo("org.osgi.service.component.ComponentException: "
                + "activation failed - caused by java.lang.IllegalStateException: the plugin refuses to start");
        assertThat(Problems.summarizeStackTrace("java.lang.RuntimeException: plain\n\tat a.b(C.java:1)\n"))
                .isEqualTo("java.lang.RuntimeException: plain");
        assertThat(Problems.summarizeStackTrace(null)).isEmpty();
    }
}
