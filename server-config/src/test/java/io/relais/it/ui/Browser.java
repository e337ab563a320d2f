package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium, one per test, with a screenshot under
 * {@code target/screenshots} when a test fails. Nothing is downloaded: the browser and its
 * driver are the system's ({@code chromium}, {@code chromium-driver}).
 */
public class Browser implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    private final WebDriver driver;
    private final WebDriverWait wait;
    private String testName = "browser";

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** For JUnit's extension registration only. */
    /** Where the workspace shows what just happened (the growl of the page template). */
    public static final By NOTICE = By.cssSelector(".ui-growl");

    public Browser() {
        this.driver = null;
        this.wait = null;
    }

    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("relais-chromium");
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-quic", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1440,900", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /**
     * With {@code -Dbrowser.screenshots=always}, keeps this screen as a step of the journey, to look
     * at ({@code target/screenshots/<test>-<step>.png}); nothing otherwise.
     */
    public void keepScreen(String step) {
        if ("always".equals(System.getProperty("browser.screenshots"))) {
            save(driver, testName + "-" + step);
        }
    }

    private static void save(WebDriver driver, String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep a screenshot", e);
        }
    }

    public void open(String path) {
        driver.get(RelaisClient.baseUrl() + path);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitUntilHidden(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until a field holds exactly this value (an AJAX update may replace it). */
    public void waitForValue(By by, String value) {
        wait.until(driver -> {
            try {
                return value.equals(driver.findElement(by).getAttribute("value"));
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    /**
     * Picks the item of a PrimeFaces menu whose label starts with {@code label}. A click that lands
     * while the menu is still opening is lost (seen on a busy machine: the item highlighted, the
     * choice unchanged); a person clicks again.
     */
    public void choose(String menuId, String label) {
        By shown = By.id(menuId + "_label");
        By panel = By.id(menuId + "_panel");
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                find(By.id(menuId)).click();
            }
            find(By.cssSelector("[id='" + menuId + "_panel'] li[data-label^='" + label + "']")).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textMatches(shown, Pattern.compile("^" + Pattern.quote(label) + ".*")));
                // The next click waits for the panel to close: one made while it fades was lost once.
                waitUntilHidden(panel);
                return;
            } catch (TimeoutException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void signIn(String username, String password) {
        find(By.id("login:username")).sendKeys(username);
        find(By.id("login:password")).sendKeys(password);
        find(By.id("login:signIn")).click();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browser", key -> {
            try {
                Browser browser = start();
                browser.testName = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName();
                return browser;
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a browser profile", e);
            }
        }, Browser.class);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
        if (browser == null) {
            return;
        }
        try {
            // -Dbrowser.screenshots=always keeps the last screen of every test, to look at a page's layout.
            if (context.getExecutionException().isPresent() || "always".equals(System.getProperty("browser.screenshots"))) {
                save(browser.driver, browser.testName);
            }
        } finally {
            browser.driver.quit();
        }
    }
}
