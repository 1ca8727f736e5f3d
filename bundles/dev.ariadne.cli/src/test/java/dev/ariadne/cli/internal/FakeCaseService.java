package dev.ariadne.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseInfo;
import dev.ariadne.api.cases.CaseRecords;
import dev.ariadne.api.cases.CaseService;

/** Cases kept in memory, keyed by folder; a case folder is also created on disk so paths are real. */
final class FakeCaseService implements CaseService {

    final Map<Path, CaseInfo> cases = new HashMap<>();
    final List<Case> open = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public Case create(Path folder, String name) throws CaseException {
        calls.add("create " + folder + " " + name);
        if (cases.containsKey(folder)) {
            throw new CaseException(CaseException.Reason.ALREADY_EXISTS, folder, folder + " already holds a case");
        }
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new CaseException(CaseException.Reason.IO, folder, "cannot create " + folder, e);
        }
        String actual = name == null || name.isBlank() ? folder.getFileName().toString() : name;
        CaseInfo info = new CaseInfo(folder, "id-" + cases.size(), actual, Instant.parse("2026-01-01T00:00:00Z"), 1,
                true, Optional.empty(), 1234);
        cases.put(folder, info);
        Case c = new FakeCase(info);
        open.add(c);
        return c;
    }

    @Override
    public Case open(Path folder) throws CaseException {
        calls.add("open " + folder);
        CaseInfo info = cases.get(folder);
        if (info == null) {
            throw new CaseException(CaseException.Reason.NOT_A_CASE, folder, folder + " is not a case");
        }
        Case c = new FakeCase(info);
        open.add(c);
        return c;
    }

    @Override
    public void close(Case aCase) {
        calls.add("close " + aCase.folder());
        open.remove(aCase);
    }

    @Override
    public Optional<Case> current() {
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
    }

    @Override
    public List<Case> openCases() {
        return List.copyOf(open);
    }

    @Override
    public CaseInfo inspect(Path folder) throws CaseException {
        calls.add("inspect " + folder);
        CaseInfo info = cases.get(folder);
        if (info == null) {
            throw new CaseException(CaseException.Reason.NOT_A_CASE, folder,
                    folder + " is not an Ariadne case: it has no case.json");
        }
        return info;
    }

    @Override
    public int supportedSchemaVersion() {
        return 1;
    }

    private record FakeCase(CaseInfo info) implements Case {
        @Override
        public String id() {
            return info.id();
        }

        @Override
        public String name() {
            return info.name();
        }

        @Override
        public Path folder() {
            return info.folder();
        }

        @Override
        public Path area(String name) {
            return info.folder().resolve(name);
        }

        @Override
        public int schemaVersion() {
            return info.schemaVersion();
        }

        @Override
        public CaseRecords records(String namespace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Connection connect() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }
    }
}
