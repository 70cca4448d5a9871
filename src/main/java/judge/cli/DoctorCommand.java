package judge.cli;

import java.util.List;
import java.util.concurrent.Callable;
import judge.judging.JudgeOptions;
import judge.lang.Language;
import judge.lang.Languages;
import judge.report.DoctorReport;
import judge.sandbox.Sandbox;
import judge.sandbox.SandboxReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "doctor", description = "Show which defences (sandbox layers) a solution runs under on this machine,"
        + " and why any is off; exit code 0 when all are active.")
final class DoctorCommand implements Callable<Integer>, JudgeCommand.Reporting {
    @ParentCommand JudgeCommand top;

    @Mixin OutputOptions output;

    @Override
    public boolean json() {
        return output.json();
    }

    @Override
    public Integer call() {
        SandboxReport report = SandboxReport.of(Sandbox.current(), JudgeOptions.defaults().scanClasses());
        List<Language.SelfTest> languages = Languages.all().stream().map(l -> l.selfTest(Sandbox.current())).toList();
        top.out.print(json() ? DoctorReport.json(report, languages) + "\n" : DoctorReport.text(report, languages));
        top.out.flush();
        return report.allActive() ? JudgeCommand.EXIT_ACCEPTED : JudgeCommand.EXIT_REJECTED;
    }
}
