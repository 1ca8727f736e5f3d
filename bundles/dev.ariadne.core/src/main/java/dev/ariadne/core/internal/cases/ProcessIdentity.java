package dev.ariadne.core.internal.cases;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Names this process for lock files: {@code "pid 1234 on host"}. */
final class ProcessIdentity {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessIdentity.class);

    private ProcessIdentity() {
    }

    /** {@code "pid <pid> on <host>"} for the running JVM. */
    static String describe() {
        return "pid " + ProcessHandle.current().pid() + " on " + hostName();
    }

    /**
     * The host name, from the environment or {@code /etc/hostname} before asking the resolver, which can stall for
     * seconds on a machine without DNS.
     */
    static String hostName() {
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        Path etcHostname = Path.of("/etc/hostname");
        if (Files.isReadable(etcHostname)) {
            try {
                String value = Files.readString(etcHostname, StandardCharsets.UTF_8).trim();
                if (!value.isEmpty()) {
                    return value;
                }
            } catch (IOException e) {
                LOG.debug("Cannot read {}", etcHostname, e);
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            LOG.debug("Cannot resolve the local host name", e);
            return "an unknown host";
        }
    }
}
