package dev.ariadne.core.itest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Plays "another Ariadne" in a second JVM: locks the whole {@code case.lock} of the case folder given as argument,
 * writes {@code pid N on host} into it as Ariadne does, prints {@code LOCKED <pid>} and holds the lock until its
 * standard input closes or it is killed. Uses nothing but the JDK, so it runs from the test classes folder.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path lockFile = Path.of(args[0]).resolve("case.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            String host = System.getenv("HOSTNAME");
            if (host == null || host.isBlank()) {
                host = InetAddress.getLocalHost().getHostName();
            }
            long pid = ProcessHandle.current().pid();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + pid + " on " + host + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            System.out.println("LOCKED " + pid);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                // hold the lock until the test closes our input
            }
        }
    }
}
