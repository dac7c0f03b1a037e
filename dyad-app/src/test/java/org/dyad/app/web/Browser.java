package org.dyad.app.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, for the UI tests; never downloads a
 * browser (Selenium Manager is bypassed by naming the driver and binary). Skips the test with a clear
 * message when the packages are not installed ({@code .ci/run} installs them).
 */
final class Browser {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";

  private Browser() {}

  /** Where the browser saves downloads: beside its profile. */
  static Path downloads(Path profile) {
    return profile.toAbsolutePath().resolveSibling("downloads");
  }

  /** Starts the browser with this profile folder; downloads go to {@link #downloads(Path)}, unasked. */
  static ChromeDriver start(Path profile) {
    Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
            + "): apt-get install chromium chromium-driver, as .ci/run does");
    System.setProperty("SE_OFFLINE", "true");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
        downloads(profile).toString(), "download.prompt_for_download", false));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return driver;
  }

  /** Saves a screenshot under target/screenshots (kept as a build artifact). */
  static Path screenshot(ChromeDriver driver, String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
