import java.util.concurrent.*;
import org.eclipse.swt.widgets.Display;

/**
 * Issue 14's start-up stall, alone: the UI thread waits in its event loop for work a worker finishes after 0-3 ms,
 * told either by Display.wake() (as LoginFlow did) or by an empty asyncExec (UiWait). With wake() some waits last
 * until an unrelated event comes (15 s, or for ever on an idle Xvfb screen); with asyncExec none.
 *
 *   xvfb-run -a java -cp <product>/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar WakeRace.java wake 1000
 *   xvfb-run -a java -cp <product>/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar WakeRace.java async 3000
 */
public class WakeRace {
    public static void main(String[] a) throws Exception {
        boolean async = a[0].equals("async");
        int runs = Integer.parseInt(a[1]);
        Display display = new Display();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        int slow = 0; long worst = 0;
        for (int i = 0; i < runs; i++) {
            int micros = ThreadLocalRandom.current().nextInt(3000);
            CompletableFuture<Void> f = CompletableFuture.runAsync(() -> {
                long end = System.nanoTime() + micros * 1000L;
                while (System.nanoTime() < end) Thread.onSpinWait();
            }, worker);
            if (async) {
                f.whenComplete((r, e) -> display.asyncExec(() -> {}));
            } else {
                f.whenComplete((r, e) -> display.wake());
            }
            long t0 = System.nanoTime();
            while (!f.isDone()) {
                if (!display.readAndDispatch()) display.sleep();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            worst = Math.max(worst, ms);
            if (ms > 500) { slow++; System.out.println("iteration " + i + ": " + ms + " ms"); }
        }
        System.out.println((async ? "asyncExec" : "wake") + ": " + runs + " waits, " + slow + " over 500 ms, worst " + worst + " ms");
        System.exit(0);
    }
}
