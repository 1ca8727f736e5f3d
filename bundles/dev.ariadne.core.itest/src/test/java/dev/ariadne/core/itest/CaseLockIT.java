package dev.ariadne.core.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseService;

/** A case held by another process is refused, untouched, until that process dies. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class CaseLockIT {

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    CaseService cases;

    Process holder;

    @AfterEach
    void cleanUp() throws Exception {
        if (holder != null && holder.isAlive()) {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        cases.openCases().forEach(cases::close);
    }

    @Test
    void aCaseOpenInAnotherProcessIsRefusedNamingThatProcessAndOpensOnceItDies() throws Exception {
        Path folder = ItestSupport.newWorkFolder(context, "locked");
        cases.close(cases.create(folder, "Locked"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        holder = new ProcessBuilder(List.of(java.toString(), "-cp", ItestSupport.property(context,
                "ariadne.itest.classes"), LockHolder.class.getName(), folder.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader output = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        assertThat(line).as("the lock holder's first line").startsWith("LOCKED ");
        String pid = line.substring("LOCKED ".length());
        Map<String, String> before = ItestSupport.snapshot(folder);

        assertThatThrownBy(() -> cases.open(folder)).isInstanceOfSatisfying(CaseException.class, e -> {
            assertThat(e.reason()).isEqualTo(CaseException.Reason.LOCKED);
            assertThat(e.getMessage()).contains("pid " + pid + " on ");
        });
        assertThat(cases.inspect(folder).lockedBy()).hasValueSatisfying(by -> assertThat(by).startsWith("pid " + pid));
        assertThat(ItestSupport.snapshot(folder)).isEqualTo(before);

        holder.destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Case aCase = cases.open(folder);
        assertThat(aCase.isOpen()).isTrue();
        assertThat(cases.inspect(folder).lockedBy()).hasValueSatisfying(by -> assertThat(by).contains("this process"));
    }
}
