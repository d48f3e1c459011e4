import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.mjs';

// The WordPress plugin tested in a real WordPress: core from Debian's packages (downloaded and unpacked,
// not installed), run by WordPress Playground (PHP in WebAssembly, SQLite) on 127.0.0.1, the plugin zip
// from `npm run release` installed through WordPress's own upload form, then checked in Chromium.
// Run from the project folder after `npm run build`: `node platforms/wordpress-test/run.mjs`.
// Ends with the line "N passed, N failed".

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '../..');
const cache = join(here, '.cache');
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'libjs-underscore', 'libjs-cropper', 'php-getid3'];
const PORT = Number(process.env.WP_PORT || 9471);
const SITE = `http://127.0.0.1:${PORT}`;

const log = (text) => console.log(text);
/** What a post with one checklist block may fetch of the plugin's script, gzip -9, in KB: what the loader's own pages pay. */
const ONE_CHECKLIST_KB = 20;

/** Debian's WordPress packages, downloaded once into the cache and unpacked into one folder. */
async function unpackDebian() {
  const debs = join(cache, 'debs');
  const root = join(cache, 'root');
  await mkdir(debs, { recursive: true });
  const have = () => PACKAGES.every((name) => existsSync(join(debs, `${name}.done`)));
  if (!have()) {
    const download = () => execFileSync('apt-get', ['download', ...PACKAGES], { cwd: debs, stdio: 'pipe' });
    try {
      download();
    } catch {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      download();
    }
    await rm(root, { recursive: true, force: true });
    for (const file of (await readdir(debs)).filter((name) => name.endsWith('.deb'))) execFileSync('dpkg-deb', ['-x', join(debs, file), root]);
    for (const name of PACKAGES) await writeFile(join(debs, `${name}.done`), '');
  }
  return root;
}

/**
 * A fresh copy of WordPress core for one run. Debian links some files into other packages' folders, some
 * by absolute paths: each link is replaced by the file it points to inside the unpacked packages. Debian's
 * own wp-config.php goes, so that Playground writes its own.
 */
async function freshWordPress(root) {
  const source = join(root, 'usr/share/wordpress');
  const copy = await mkdtemp(join(tmpdir(), 'smp-wordpress-'));
  await cp(source, copy, { recursive: true, verbatimSymlinks: true });
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isSymbolicLink()) {
        const target = await readlink(path);
        const inPackages = target.startsWith('/') ? join(root, target) : resolve(dirname(join(source, relative(copy, path))), target);
        await rm(path);
        const found = existsSync(inPackages) ? inPackages : existsSync(target) && target.startsWith('/etc/ssl/') ? target : undefined;
        if (found && !(await lstat(found)).isDirectory()) await copyFile(found, path);
      }
    }
  };
  await walk(copy);
  await rm(join(copy, 'wp-config.php'), { force: true });
  return copy;
}

/**
 * WordPress as the npm package @wp-playground/wordpress-builds holds it (every PHP file, but not wp-admin's
 * scripts and styles: the site runs, the editor does not), unpacked for one run without the package's own
 * wp-config.php and database, with the plugin from its zip in wp-content/plugins/.
 */
async function npmWordPress(build, pluginZip, debianRoot) {
  const dir = await mkdtemp(join(tmpdir(), 'smp-wordpress-'));
  const unpack = async (zip, into) => {
    for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(await readFile(zip))))) {
      if (path.endsWith('/')) continue;
      await mkdir(dirname(join(into, path)), { recursive: true });
      await writeFile(join(into, path), bytes);
    }
  };
  await unpack(join(here, 'node_modules/@wp-playground/wordpress-builds/src/wordpress', build), dir);
  await rm(join(dir, 'wp-config.php'), { force: true });
  await rm(join(dir, 'wp-content/database/.ht.sqlite'), { force: true });
  await unpack(pluginZip, join(dir, 'wp-content/plugins'));
  // The theme the Debian run uses, so the front-end checks see the same layout on every version.
  await cp(join(debianRoot, 'usr/share/wordpress/wp-content/themes/twentytwentythree'), join(dir, 'wp-content/themes/twentytwentythree'), { recursive: true, dereference: true });
  return dir;
}

/** Content of the test posts, made by a Blueprint step once WordPress is installed. */
/** What an author types: every character HTML and kses treat specially, quotes, emoji and Arabic. */
const TYPED_TITLE = 'Q&A: before you book <3 months';
const TYPED_INTRO = 'Results <6 months> old don’t count: ask for results > 3 months & in writing, "quoted" 🙂 and عربي';

/** A title or config as editor/blocks.js stores it: & < > as entities, which kses leaves alone. */
const storedText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Block attributes as the block editor writes them into a block's comment: JSON with -- < > & " escaped. */
const commentAttributes = (attributes) =>
  JSON.stringify(attributes).replace(/--/g, '\\u002d\\u002d').replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\\"/g, '\\u0022');

const SETUP_PHP = String.raw`<?php
require '/wordpress/wp-load.php';
const SMP_TYPED_TITLE = ${JSON.stringify(TYPED_TITLE)};
const SMP_TYPED_INTRO = ${JSON.stringify(TYPED_INTRO)};
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'role' => 'author', 'user_email' => 'author@example.org' ) );
// An administrator who works in Spanish: WordPress's own strings stay English (no core language pack offline),
// the plugin's come from its languages/ folder.
$spanish = wp_insert_user( array( 'user_login' => 'editora', 'user_pass' => 'editora-password', 'role' => 'administrator', 'user_email' => 'editora@example.org', 'locale' => 'es_ES' ) );
foreach ( array( 1, $author, $spanish ) as $user ) {
  update_user_meta( $user, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}
wp_mkdir_p( WP_CONTENT_DIR . '/uploads/smp' );
file_put_contents( WP_CONTENT_DIR . '/uploads/smp/guarantees.json', json_encode( array( 'clinics' => array(
  array( 'name' => 'Fictional Clinic North', 'guarantee' => array( 'length' => array( 'years' => 2 ), 'refund' => 'none' ), 'verified' => gmdate( 'Y-m-d' ) ),
  array( 'name' => 'Fictional Studio South', 'guarantee' => array( 'length' => 'lifetime' ), 'verified' => gmdate( 'Y-m-d' ) ),
) ) ) );
$admin_post = function ( $slug, $content ) {
  wp_set_current_user( 1 );
  return wp_insert_post( wp_slash( array( 'post_name' => $slug, 'post_title' => $slug, 'post_status' => 'publish', 'post_content' => $content ) ) );
};
$ids = array();
$ids['blocks'] = $admin_post( 'smp-blocks',
  '<!-- wp:smp/clinic-checklist {"title":"From the block \u003cscript\u003ewindow.smpInjected=1\u003c/script\u003e","locale":"en-GB","theme":"light"} /-->' .
  '<!-- wp:smp/guarantee-comparison {"config":"{\"clinics\":[{\"name\":\"Fictional Block Clinic\",\"guarantee\":{\"refund\":\"full\"}}]}"} /-->' .
  '<!-- wp:smp/treatment-explainer {"locale":"es"} /-->' );
$ids['shortcodes'] = $admin_post( 'smp-shortcodes',
  '[smp_checklist title="From the shortcode &quot;quoted&quot;" theme="dark"]' . "\n\n" .
  '[smp_comparison src="/wp-content/uploads/smp/guarantees.json"]' . "\n\n" .
  '[smp_explainer locale="nonsense" theme="nonsense"]' );
$ids['supports'] = $admin_post( 'smp-supports',
  '<!-- wp:paragraph {"className":"smp-content-width"} --><p class="smp-content-width">A paragraph as wide as the content.</p><!-- /wp:paragraph -->' .
  '<!-- wp:smp/guarantee-comparison {"align":"wide","className":"our-own-class","anchor":"our-guarantees"} /-->' .
  '<!-- wp:smp/clinic-checklist {"align":"full"} /-->' );
// A template of the block theme with a block in it, for the site editor, which shows templates in an iframe.
wp_set_current_user( 1 );
$template = wp_insert_post( array( 'post_type' => 'wp_template', 'post_name' => 'smp-widgets', 'post_title' => 'SMP widgets', 'post_status' => 'publish',
  'post_content' => '<!-- wp:smp/clinic-checklist {"title":"In the site editor"} /-->' ) );
wp_set_object_terms( $template, get_stylesheet(), 'wp_theme' );
$ids['template'] = get_stylesheet() . '//smp-widgets';
// As the classic editor wrote it: shortcodes in HTML, no block markup. The editor shows it as a Classic block.
$ids['classic'] = $admin_post( 'smp-classic',
  '<p>Our checklist:</p>' . "\n\n" . '[smp_checklist title="Before you &amp; after &lt;3 months" intro="Ask &lt;3 things" locale="es" theme="nonsense"]' . "\n\n" .
  '[smp_comparison src="/wp-content/uploads/smp/guarantees.json"]' . "\n\n" . '[smp_explainer]Our own fallback text[/smp_explainer]' . "\n\n" . '[smp_explainer title="Say &quot;hello&quot;"]' );
$ids['oneChecklist'] = $admin_post( 'smp-one-checklist', '<!-- wp:smp/clinic-checklist /-->' );
$ids['plain'] = $admin_post( 'smp-plain', '<!-- wp:paragraph --><p>A post with no widget.</p><!-- /wp:paragraph -->' );
// As the author, who lacks unfiltered_html: WordPress filters the content as it would from the editor.
wp_set_current_user( $author );
kses_init();
$ids['author'] = wp_insert_post( wp_slash( array( 'post_name' => 'smp-author', 'post_title' => 'smp-author', 'post_status' => 'publish', 'post_author' => $author,
  'post_content' => '<!-- wp:smp/clinic-checklist {"title":"Written by an author"} /-->' . '<smp-clinic-checklist config=\'{"title":"Raw element"}\'></smp-clinic-checklist>' ) ) );
// As the block editor stores what the author typed (editor/blocks.js keeps & < > as entities, which kses
// leaves alone), saved through the same filter as the editor's save.
$typed_config = wp_json_encode( array( 'intro' => SMP_TYPED_INTRO ), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
$as_stored = function ( $text ) { return strtr( $text, array( '&' => '&amp;', '<' => '&lt;', '>' => '&gt;' ) ); };
$ids['authorText'] = wp_insert_post( wp_slash( array( 'post_name' => 'smp-author-text', 'post_title' => 'smp-author-text', 'post_status' => 'publish', 'post_author' => $author,
  'post_content' => get_comment_delimited_block_content( 'smp/guarantee-comparison', array( 'title' => $as_stored( SMP_TYPED_TITLE ), 'config' => $as_stored( $typed_config ) ), '' ) ) ) );
$ids['authorCanPostHtml'] = current_user_can( 'unfiltered_html' );
file_put_contents( WP_CONTENT_DIR . '/smp-test.json', json_encode( $ids ) );
// This machine has no internet: requests to other hosts (update checks, news on the dashboard) fail at once
// instead of each waiting for its time-out, which held up the pages after an admin request.
wp_mkdir_p( WP_CONTENT_DIR . '/mu-plugins' );
file_put_contents( WP_CONTENT_DIR . '/mu-plugins/smp-test-offline.php', '<?php add_filter( "pre_http_request", function ( $response, $args, $url ) { return in_array( wp_parse_url( $url, PHP_URL_HOST ), array( "127.0.0.1", "localhost" ), true ) ? $response : new WP_Error( "offline", "No internet in the tests." ); }, 10, 3 );' );
// For the uninstall check: ?smp-test-state=1 answers with the setting and the posts' raw content.
file_put_contents( WP_CONTENT_DIR . '/mu-plugins/smp-test-state.php', '<?php add_action( "init", function () { if ( isset( $_GET["smp-test-state"] ) ) { wp_send_json( array( "option" => get_option( "smp_src_origins" ), "blocks" => get_post_field( "post_content", ' . (int) $ids['blocks'] . ' ), "shortcodes" => get_post_field( "post_content", ' . (int) $ids['shortcodes'] . ' ) ) ); } } );' );
`;

/** Boots WordPress on the copy; resolves once it answers. */
async function boot(wordpress, { php = '8.1', steps = [] } = {}) {
  const blueprint = join(wordpress, 'smp-blueprint.json');
  await writeFile(blueprint, JSON.stringify({ steps: [...steps, { step: 'runPHP', code: SETUP_PHP }] }));
  const cli = join(here, 'node_modules/.bin/wp-playground-cli');
  const child = spawn(cli, ['server', `--php=${php}`, '--wordpress-install-mode=install-from-existing-files', `--mount-before-install=${wordpress}:/wordpress`, `--blueprint=${blueprint}`, `--port=${PORT}`, '--verbosity=quiet'], {
    cwd: here,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WordPress did not start:\n${output}`);
    try {
      const response = await fetch(`${SITE}/`, { redirect: 'manual' });
      if (response.status < 500 && existsSync(join(wordpress, 'wp-content/smp-test.json'))) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 180000) throw new Error(`WordPress did not answer within 3 minutes:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { child, seconds: (Date.now() - started) / 1000 };
}

const results = [];
/** While working on the tests: WP_CHECKS=<regular expression> runs only the checks whose names match it (CI sets none). */
const only = process.env.WP_CHECKS ? new RegExp(process.env.WP_CHECKS, 'i') : undefined;
async function check(name, body) {
  if (only && !only.test(name)) return;
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    log(`  ✗ ${name}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * A page logged in as `user`, on the dashboard, or on the site's front page with `{ toSite: true }`: the
 * dashboard of the npm builds waits on requests to wordpress.org that cannot leave this machine.
 */
async function logIn(browser, user, password, { toSite = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${SITE}/wp-login.php${toSite ? `?redirect_to=${encodeURIComponent(`${SITE}/`)}` : ''}`, { waitUntil: 'load' });
  // wp-login.php focuses and may reset its fields as its own script starts: fill them once it has run.
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.$eval('#user_login', (input, value) => (input.value = value), user);
  await page.$eval('#user_pass', (input, value) => (input.value = value), password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60000 }), page.click('#wp-submit')]);
  const said = await page.evaluate(() => document.querySelector('#login_error')?.textContent?.trim() ?? '');
  const loggedIn = toSite ? await page.evaluate(() => document.body.classList.contains('logged-in')) : page.url().includes('/wp-admin');
  assert(loggedIn, `${user} could not log in (at ${page.url()}): ${said}`);
  return page;
}

/** What a widget on the page showed: its heading and text once rendered, or null. */
async function widgets(page) {
  await page
    .waitForFunction(() => [...document.querySelectorAll('smp-clinic-checklist, smp-guarantee-comparison, smp-treatment-explainer')].every((el) => el.shadowRoot?.querySelector('.widget, [role="alert"]')), { timeout: 10000 })
    .catch(() => undefined);
  return page.evaluate(() =>
    [...document.querySelectorAll('smp-clinic-checklist, smp-guarantee-comparison, smp-treatment-explainer')].map((el) => ({
      tag: el.localName,
      rendered: Boolean(el.shadowRoot?.querySelector('.widget')),
      error: el.shadowRoot?.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      heading: el.shadowRoot?.querySelector('h2')?.textContent ?? null,
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
      attributes: Object.fromEntries([...el.attributes].map((attribute) => [attribute.name, attribute.value])),
    })),
  );
}

/**
 * What readers see: every block and shortcode, the author's posts, the block's wrapper attributes and a page
 * without a widget. `on` names the WordPress in each check's name ('' for the one the editor checks run on).
 */
async function frontEndChecks(browser, reader, ids, on, { restSave = true } = {}) {
  // The document is enough: each check waits for the widgets it reads (fonts and images need not load).
  await check(`${on}a post with each block shows each widget, its title escaped by WordPress`, async () => {
    await reader.goto(`${SITE}/?p=${ids.blocks}`, { waitUntil: 'domcontentloaded' });
    const shown = await widgets(reader);
    assert(shown.length === 3 && shown.every((w) => w.rendered), `widgets: ${JSON.stringify(shown.map((w) => [w.tag, w.rendered, w.error]))}`);
    assert(shown[0].heading === 'From the block <script>window.smpInjected=1</script>', `checklist heading: ${shown[0].heading}`);
    assert(!(await reader.evaluate(() => 'smpInjected' in window)), 'the title ran as a script');
    assert(shown[1].text.includes('Fictional Block Clinic'), 'the comparison did not get its config');
    // The Spanish pack may arrive after the first render (English until then): wait for it, on a slow server too.
    const english = 'SMP, tricopigmentation and hair transplants';
    const spanish = await reader
      .waitForFunction(
        (title) => {
          const text = document.querySelector('smp-treatment-explainer[locale="es"]')?.shadowRoot?.querySelector('h2')?.textContent;
          return text && text !== title ? text : false;
        },
        { timeout: 15000 },
        english,
      )
      .then((found) => found.jsonValue(), () => null);
    assert(shown[2].attributes.locale === 'es' && spanish, `the explainer is not in Spanish: ${spanish}`);
    const script = await reader.evaluate(() => [...document.scripts].map((s) => s.src).find((src) => src.includes('smp-widgets')));
    assert(script?.startsWith(`${SITE}/wp-content/plugins/smp-clinic-widgets/assets/smp-widgets.min.js`), `script served from ${script}`);
  });

  // The loader's own budget page (bench/run.mjs) holds one checklist with neither theme="site" nor a US lang: a block
  // asks for both by default (WordPress writes lang="en-US"), which add the site-theme chunk and the en-US spelling.
  await check(`${on}a post with one checklist block fetches the module loader and the checklist's chunks from the plugin, not the classic script: at most ${ONE_CHECKLIST_KB} KB (gzip -9) as on the loader's own page, besides what theme="site" and en-US add`, async () => {
    const page = await browser.newPage();
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.url().includes('/smp-clinic-widgets/')) scripts.push(response.buffer().then((body) => [new URL(response.url()).pathname.replace(/^.*\/assets\//, ''), gzipSync(body, { level: 9 }).length]));
    });
    try {
      await page.goto(`${SITE}/?p=${ids.oneChecklist}`, { waitUntil: 'load' });
      const shown = await widgets(page);
      assert(shown.length === 1 && shown[0].rendered, `widgets: ${JSON.stringify(shown.map((w) => [w.tag, w.error]))}`);
      const type = await page.evaluate(() => [...document.scripts].find((s) => s.src.includes('smp-widgets'))?.type);
      assert(type === 'module', `the loader's script type: ${type}`);
      const files = await Promise.all(scripts);
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
      const list = files.map(([path, size]) => `${path} ${kb(size)}`).join(' + ');
      assert(files.some(([path]) => path.startsWith('chunks/smp-clinic-checklist')) && !files.some(([path]) => path.includes('iife')), `fetched: ${list}`);
      const asked = (path) => path.startsWith('chunks/smp-site-theme') || path === 'locales/en-US.js';
      const widget = files.filter(([path]) => !asked(path)).reduce((sum, [, size]) => sum + size, 0);
      const total = files.reduce((sum, [, size]) => sum + size, 0);
      assert(widget <= ONE_CHECKLIST_KB * 1024, `${kb(widget)} of the widget's code: ${list}`);
      log(`      (${kb(total)} in all: ${list})`);
    } finally {
      await page.close();
    }
  });

  await check(`${on}a post with each shortcode shows each widget; src data loads from the site, bad values are dropped`, async () => {
    await reader.goto(`${SITE}/?p=${ids.shortcodes}`, { waitUntil: 'domcontentloaded' });
    const shown = await widgets(reader);
    assert(shown.length === 3 && shown.every((w) => w.rendered), `widgets: ${JSON.stringify(shown.map((w) => [w.tag, w.rendered, w.error]))}`);
    assert(shown[0].heading === 'From the shortcode "quoted"' && shown[0].attributes.theme === 'dark', `checklist: ${shown[0].heading} ${shown[0].attributes.theme}`);
    assert(shown[1].text.includes('Fictional Clinic North'), 'the comparison did not load its src');
    assert(!('locale' in shown[2].attributes) && shown[2].attributes.theme === 'site', `explainer attributes: ${JSON.stringify(shown[2].attributes)}`);
    const origins = await reader.evaluate(() => document.querySelector('meta[name="smp-src-origins"]')?.content);
    assert(origins === "'self'", `smp-src-origins: ${origins}`);
  });

  await check(`${on}readers without the script see each block's text, ending with the general-information note`, async () => {
    const page = await (await fetch(`${SITE}/?p=${ids.blocks}`)).text();
    const texts = [...page.matchAll(/<(smp-[a-z-]+)\b[^>]*>([^<]*)<\/\1>/g)].map((match) => match[2].trim());
    assert(texts.length === 3, `elements in the page: ${texts.length}`);
    for (const text of texts) assert(text.endsWith('General information, not medical advice: ask a qualified clinician about your own case.'), `fallback text: ${text}`);
  });

  await check(`${on}a post by an author without unfiltered_html shows the block; the raw element was filtered out`, async () => {
    assert(ids.authorCanPostHtml === false, 'the author can post HTML, so this proves nothing');
    await reader.goto(`${SITE}/?p=${ids.author}`, { waitUntil: 'domcontentloaded' });
    const shown = await widgets(reader);
    assert(shown.length === 1 && shown[0].rendered && shown[0].heading === 'Written by an author', `widgets: ${JSON.stringify(shown.map((w) => [w.heading, w.error]))}`);
  });

  await check(`${on}what an author typed in a block, title and config, is what readers see, character for character`, async () => {
    await reader.goto(`${SITE}/?p=${ids.authorText}`, { waitUntil: 'domcontentloaded' });
    const [shown] = await widgets(reader);
    assert(shown?.rendered, `the widget did not render: ${JSON.stringify(shown)}`);
    assert(shown.heading === TYPED_TITLE, `heading: ${shown.heading}`);
    const intro = await reader.evaluate(() => document.querySelector('smp-guarantee-comparison').shadowRoot.querySelector('.intro')?.textContent.trim());
    assert(intro === TYPED_INTRO, `intro: ${intro}`);
  });

  if (restSave) await check(`${on}an author’s block and Shortcode block saved through the REST API, as the editor saves them, show what they typed`, async () => {
    const author = await logIn(browser, 'author', 'author-password', { toSite: true });
    const title = `${TYPED_TITLE} (REST)`;
    const config = JSON.stringify({ intro: TYPED_INTRO });
    // The block editor's save: its attributes as blocks.js stores them, in a comment written as the editor writes one.
    const content = `<!-- wp:smp/guarantee-comparison ${commentAttributes({ title: storedText(title), config: storedText(config) })} /-->`;
    // And a shortcode in the Shortcode block, whose text the block stores as typed.
    const shortcodeTitle = 'Results <6 months> old & "quoted"';
    const shortcode = `<!-- wp:shortcode -->\n[smp_checklist title='${shortcodeTitle}']Fallback <3 months> & more[/smp_checklist]\n<!-- /wp:shortcode -->`;
    const saved = await author.evaluate(async (body) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const response = await fetch('/?rest_route=/wp/v2/posts', { method: 'POST', headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce }, body: JSON.stringify(body) });
      return { status: response.status, post: await response.json() };
    }, { title: 'smp-author-rest', status: 'publish', content: content + shortcode });
    await author.close();
    assert(saved.status === 201, `the REST API answered ${saved.status}: ${JSON.stringify(saved.post).slice(0, 300)}`);
    await reader.goto(`${SITE}/?p=${saved.post.id}`, { waitUntil: 'domcontentloaded' });
    const [shown, fromShortcode] = await widgets(reader);
    assert(shown?.rendered && shown.heading === title, `heading: ${shown?.heading}`);
    assert(fromShortcode?.rendered && fromShortcode.heading === shortcodeTitle, `the Shortcode block's heading: ${fromShortcode?.heading}`);
    const fallback = await reader.evaluate(() => document.querySelector('smp-clinic-checklist').textContent.trim());
    assert(fallback === 'Fallback <3 months> & more', `the Shortcode block's fallback text: ${fallback}`);
    const intro = await reader.evaluate(() => document.querySelector('smp-guarantee-comparison').shadowRoot.querySelector('.intro')?.textContent.trim());
    assert(intro === TYPED_INTRO, `intro: ${intro}`);
  });

  await check(`${on}the block’s alignment, "Additional CSS class" and anchor reach the site`, async () => {
    // Wider than the theme's wide size, so full width is wider still.
    await reader.setViewport({ width: 1600, height: 900 });
    await reader.goto(`${SITE}/?p=${ids.supports}`, { waitUntil: 'domcontentloaded' });
    const shown = await widgets(reader);
    assert(shown.length === 2 && shown.every((w) => w.rendered), `widgets: ${JSON.stringify(shown.map((w) => [w.tag, w.error]))}`);
    const [wide, full] = shown.map((w) => w.attributes);
    assert(wide.id === 'our-guarantees' && wide.class.split(' ').includes('alignwide') && wide.class.split(' ').includes('our-own-class'), `comparison: ${JSON.stringify(wide)}`);
    assert(full.class.split(' ').includes('alignfull'), `checklist: ${JSON.stringify(full)}`);
    const widths = await reader.evaluate(() => ['.smp-content-width', '#our-guarantees', 'smp-clinic-checklist'].map((selector) => document.querySelector(selector).getBoundingClientRect().width));
    assert(widths[0] < widths[1] && widths[1] < widths[2], `widths of the paragraph, the wide and the full widget: ${widths.join(', ')}`);
    assert(await reader.evaluate(() => location.hash === '' && Boolean(document.getElementById('our-guarantees'))), 'the anchor is not the element’s id');
  });

  await check(`${on}a page with no widget loads no widget script`, async () => {
    await reader.goto(`${SITE}/?p=${ids.plain}`, { waitUntil: 'domcontentloaded' });
    const loaded = await reader.evaluate(() => [...document.scripts].some((s) => s.src.includes('smp-')) || Boolean(document.querySelector('meta[name="smp-src-origins"]')));
    assert(!loaded, 'the widget script or its meta tag is on a page without a widget');
  });
}

async function main() {
  const zip = join(project, 'release', 'smp-clinic-widgets-wordpress-0.1.0.zip');
  assert(existsSync(zip), 'No plugin zip: run "npm run release" first.');
  await check('the plugin zip carries the sources its minified scripts are built from', async () => {
    const inZip = Object.keys(unzipSync(new Uint8Array(await readFile(zip)))).filter((path) => path.startsWith('smp-clinic-widgets/source/'));
    const sources = (await readdir(join(project, 'src'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => relative(project, join(entry.parentPath, entry.name)));
    const missing = [...sources, 'package.json', 'package-lock.json', 'rollup.config.mjs'].filter((path) => !inZip.includes(`smp-clinic-widgets/source/${path}`));
    assert(sources.length > 50 && missing.length === 0, `missing from the zip: ${missing.join(', ')}`);
  });
  const root = await unpackDebian();
  const version = /\$wp_version = '([^']+)'/.exec(await readFile(join(root, 'usr/share/wordpress/wp-includes/version.php'), 'utf8'))?.[1];
  const wordpress = await freshWordPress(root);
  log(`WordPress ${version} from Debian's packages, PHP 8.1 in WebAssembly, at ${SITE}`);
  const { child, seconds } = await boot(wordpress);
  log(`  booted in ${seconds.toFixed(0)} s`);
  const ids = JSON.parse(await readFile(join(wordpress, 'wp-content/smp-test.json'), 'utf8'));
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: BROWSER_ARGS,
  });
  try {
    const admin = await logIn(browser, 'admin', 'password');
    // Leaving an editor with changes asks "Leave site?": a check that fails half-way must not stop the next.
    admin.on('dialog', (dialog) => void dialog.accept());

    await check('the plugin zip installs through Plugins > Add New > Upload Plugin, and activates', async () => {
      await admin.goto(`${SITE}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'load' });
      const input = await admin.$('#pluginzip');
      await input.uploadFile(zip);
      await Promise.all([admin.waitForNavigation({ waitUntil: 'load', timeout: 60000 }), admin.click('#install-plugin-submit')]);
      const activate = await admin.$('a[href*="action=activate"]');
      assert(activate, `no Activate link after the upload: ${(await admin.evaluate(() => document.body.innerText)).slice(0, 400)}`);
      await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), activate.click()]);
      const active = await admin.evaluate(() => document.querySelector('tr[data-slug="smp-clinic-widgets"]')?.classList.contains('active'));
      assert(active, 'the plugin is not listed as active');
    });

    const reader = await (await browser.createBrowserContext()).newPage();
    const pageErrors = [];
    reader.on('pageerror', (error) => pageErrors.push(error.message));

    await frontEndChecks(browser, reader, ids, '');

    await check('the block editor shows the block as the live widget', async () => {
      await admin.goto(`${SITE}/wp-admin/post.php?post=${ids.blocks}&action=edit`, { waitUntil: 'load' });
      const heading = await admin.waitForFunction(
        () => {
          const docs = [document, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument).filter(Boolean)];
          for (const doc of docs) {
            const el = doc.querySelector('.editor-styles-wrapper smp-clinic-checklist, .block-editor-block-list__layout smp-clinic-checklist');
            const text = el?.shadowRoot?.querySelector('h2')?.textContent;
            if (text) return text;
          }
          return false;
        },
        { timeout: 60000 },
      );
      assert((await heading.jsonValue()).startsWith('From the block'), 'the editor preview shows another title');
    });

    await check('the site editor, which shows a template in an iframe, shows the block as the live widget', async () => {
      await admin.goto(`${SITE}/wp-admin/site-editor.php?postType=wp_template&postId=${encodeURIComponent(ids.template)}`, { waitUntil: 'load' });
      const canvas = await admin.waitForSelector('iframe[name="editor-canvas"]', { timeout: 60000 });
      const frame = await canvas.contentFrame();
      const heading = await frame.waitForFunction(() => document.querySelector('smp-clinic-checklist')?.shadowRoot?.querySelector('h2')?.textContent, { timeout: 60000 });
      assert((await heading.jsonValue()) === 'In the site editor', 'the widget in the site editor shows another title');
    });

    await check('an author reopens the block in the editor, sees the title as typed, adds to it and saves: readers see that', async () => {
      const author = await logIn(browser, 'author', 'author-password');
      await author.setViewport({ width: 1280, height: 900 });
      await editBlock(author, ids.authorText, 'smp/guarantee-comparison');
      const titleField = async () =>
        author.waitForFunction(() => {
          const label = [...document.querySelectorAll('.block-editor-block-inspector label')].find((found) => found.textContent === 'Title');
          return label && document.getElementById(label.htmlFor);
        }, { timeout: 20000 });
      const field = await titleField();
      const shown = await field.evaluate((input) => input.value);
      assert(shown === TYPED_TITLE, `the editor shows the title as ${shown}`);
      await field.click();
      await author.keyboard.press('End');
      await author.keyboard.type(' & <later>');
      await author.click('.editor-post-publish-button');
      await author.waitForFunction(() => [...document.querySelectorAll('.components-snackbar')].some((bar) => /updated/i.test(bar.textContent)), { timeout: 30000 });
      await reader.goto(`${SITE}/?p=${ids.authorText}`, { waitUntil: 'load' });
      const [widget] = await widgets(reader);
      assert(widget?.heading === `${TYPED_TITLE} & <later>`, `after the author's save: ${widget?.heading}`);
      await author.close();
    });

    await check('an administrator builds a three-clinic comparison and a shortlist checklist in the editor without JSON; a reopen shows the same, and so does the site', async () => {
      await admin.setViewport({ width: 1280, height: 900 });
      await admin.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
      await admin.waitForSelector('.edit-post-header-toolbar__inserter-toggle', { timeout: 60000 });

      await insertBlock(admin, 'Guarantee comparison');
      // From the block's toolbar.
      await (await admin.waitForSelector('.block-editor-block-toolbar button::-p-text(Edit with the builder)', { timeout: 20000 })).click();
      let builder = await openedBuilder(admin);
      // The keyboard reaches the builder's form: the dialog keeps focus inside without cutting off its shadow root.
      const focused = async () => admin.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.closest('dialog') || active?.getRootNode().host?.closest('dialog') ? active.id || active.localName : 'outside the dialog';
      });
      const reached = [];
      for (let i = 0; i < 6 && !reached.includes('title'); i++) {
        await admin.keyboard.press('Tab');
        reached.push(await focused());
      }
      assert(reached.includes('title'), `Tab went to ${reached.join(', ')}`);
      for (let i = 0; i < 3; i++) await (await builder.$('>>> #add-clinic')).click();
      for (const [i, name] of CLINICS.entries()) await typeInto(builder, `#clinic-${i}-name`, name);
      const comparison = await useThis(admin, builder);
      assert(comparison.clinics?.length === 3, `the builder gave ${JSON.stringify(comparison)}`);
      await admin.waitForFunction((names) => {
        const text = document.querySelector('.wp-block[data-type="smp/guarantee-comparison"] smp-guarantee-comparison')?.shadowRoot?.textContent ?? '';
        return names.every((name) => text.includes(name));
      }, { timeout: 20000 }, CLINICS);

      await insertBlock(admin, 'Clinic checklist');
      // From the sidebar, opened if it is closed.
      await openSidebar(admin);
      await (await admin.waitForSelector('.block-editor-block-inspector button::-p-text(Edit with the builder)', { timeout: 20000 })).click();
      builder = await openedBuilder(admin);
      await (await builder.$('>>> #shortlist-on')).click();
      await typeInto(builder, '#shortlist-clinics', CLINICS.slice(0, 2).join('\n'));
      const checklist = await useThis(admin, builder);
      assert(JSON.stringify(checklist.shortlist) === JSON.stringify({ clinics: CLINICS.slice(0, 2) }), `the builder gave ${JSON.stringify(checklist)}`);

      await (await admin.waitForSelector('.editor-post-publish-panel__toggle')).click();
      await (await admin.waitForSelector('.editor-post-publish-panel .editor-post-publish-button')).click();
      await admin.waitForFunction(() => [...document.querySelectorAll('.components-snackbar')].some((bar) => /published/i.test(bar.textContent)), { timeout: 30000 });
      const id = await admin.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());

      // Reopened, the builder starts from what was saved.
      await editBlock(admin, id, 'smp/guarantee-comparison');
      await (await admin.waitForSelector('.block-editor-block-inspector button::-p-text(Edit with the builder)', { timeout: 20000 })).click();
      builder = await openedBuilder(admin);
      const reopened = JSON.parse(await (await builder.$('>>> #json')).evaluate((field) => field.value));
      assert(JSON.stringify(reopened) === JSON.stringify(comparison), `reopened: ${JSON.stringify(reopened)}\nsaved: ${JSON.stringify(comparison)}`);
      // The builder in the editor, and at a phone's width, for docs/wordpress.md.
      await admin.screenshot({ path: join(cache, 'wordpress-builder.png') });
      await admin.setViewport({ width: 390, height: 844 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await admin.screenshot({ path: join(cache, 'wordpress-builder-phone.png') });
      await admin.setViewport({ width: 1280, height: 900 });
      await admin.keyboard.press('Escape');
      await admin.waitForFunction(() => !document.querySelector('dialog.smp-builder-dialog'), { timeout: 5000 });

      await reader.goto(`${SITE}/?p=${id}`, { waitUntil: 'domcontentloaded' });
      const shown = await widgets(reader);
      assert(shown.length === 2 && shown.every((w) => w.rendered), `widgets: ${JSON.stringify(shown.map((w) => [w.tag, w.error]))}`);
      assert(CLINICS.every((name) => shown[0].text.includes(name)), `the comparison on the site: ${shown[0].text.slice(0, 300)}`);
      const shortlist = await reader.evaluate(() => document.querySelector('smp-clinic-checklist').shadowRoot.querySelector('.shortlist')?.textContent ?? '');
      assert(CLINICS.slice(0, 2).every((name) => shortlist.includes(name)), `the checklist's shortlist on the site: ${shortlist.slice(0, 300)}`);
    });

    await check('a classic post’s shortcodes become blocks with "Convert to blocks", as typed; one with src or fallback text stays a shortcode', async () => {
      await admin.goto(`${SITE}/wp-admin/post.php?post=${ids.classic}&action=edit`, { waitUntil: 'load' });
      await admin.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length > 0, { timeout: 60000 });
      // What the Classic block's "Convert to blocks" does: the block's HTML through WordPress's raw handler.
      const converted = await admin.evaluate(() => {
        const { select, dispatch } = window.wp.data;
        const [classic] = select('core/block-editor').getBlocks();
        const blocks = window.wp.blocks.rawHandler({ HTML: window.wp.blocks.serialize(classic) });
        dispatch('core/block-editor').replaceBlocks(classic.clientId, blocks);
        return { from: classic.name, blocks: blocks.map((block) => ({ name: block.name, attributes: block.attributes })) };
      });
      const names = converted.blocks.map((block) => block.name);
      assert(converted.from === 'core/freeform' && JSON.stringify(names) === JSON.stringify(['core/paragraph', 'smp/clinic-checklist', 'core/shortcode', 'core/shortcode', 'core/shortcode']), `converted: ${JSON.stringify(converted)}`);
      const checklist = converted.blocks[1].attributes;
      assert(checklist.title === 'Before you &amp; after &lt;3 months' && checklist.locale === 'es' && checklist.theme === 'site', `checklist: ${JSON.stringify(checklist)}`);
      // The Classic block's own editor turns &quot; into a bare quote before any conversion, so WordPress no longer
      // reads that shortcode as name="value": it stays a shortcode, as WordPress left it.
      assert(converted.blocks[4].attributes.text.startsWith('[smp_explainer title='), `the shortcode with a quote: ${JSON.stringify(converted.blocks[4])}`);
      assert(JSON.parse(checklist.config.replace(/&lt;/g, '<')).intro === 'Ask <3 things', `checklist config: ${checklist.config}`);
      assert(converted.blocks[3].attributes.text.includes('Our own fallback text'), `fallback text: ${JSON.stringify(converted.blocks[3])}`);
      await (await admin.waitForSelector('.editor-post-publish-button')).click();
      await admin.waitForFunction(() => [...document.querySelectorAll('.components-snackbar')].some((bar) => /updated/i.test(bar.textContent)), { timeout: 30000 });
      await reader.goto(`${SITE}/?p=${ids.classic}`, { waitUntil: 'domcontentloaded' });
      const shown = await widgets(reader);
      assert(shown.length === 4 && shown.every((w) => w.rendered), `widgets: ${JSON.stringify(shown.map((w) => [w.tag, w.error]))}`);
      assert(shown[0].heading === 'Before you & after <3 months' && shown[0].attributes.locale === 'es', `the converted checklist: ${shown[0].heading} ${JSON.stringify(shown[0].attributes)}`);
      assert(shown[1].text.includes('Fictional Clinic North'), 'the comparison kept as a shortcode lost its src');
    });

    await check('the inserter previews each block with its example', async () => {
      await admin.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
      await admin.waitForSelector('.edit-post-header-toolbar__inserter-toggle', { timeout: 60000 });
      await admin.click('.edit-post-header-toolbar__inserter-toggle');
      const search = await admin.waitForSelector('.block-editor-inserter__search input', { timeout: 20000 });
      for (const [title, heading] of [['Clinic checklist', 'Before you book an SMP clinic'], ['Guarantee comparison', 'Guarantees compared'], ['Treatment explainer', 'SMP or tricopigmentation?']]) {
        await search.click({ count: 3 });
        await search.type(title);
        await (await admin.waitForSelector(`.block-editor-block-types-list__item::-p-text(${title})`, { timeout: 20000 })).hover();
        const shown = await admin.waitForFunction(
          (expected) => {
            const preview = document.querySelector('.block-editor-inserter__preview-container');
            const docs = [preview, ...[...(preview?.querySelectorAll('iframe') ?? [])].map((frame) => frame.contentDocument)].filter(Boolean);
            for (const doc of docs) for (const widget of doc.querySelectorAll('smp-clinic-checklist, smp-guarantee-comparison, smp-treatment-explainer')) if (widget.shadowRoot?.querySelector('h2')?.textContent === expected) return true;
            return false;
          },
          { timeout: 20000 },
          heading,
        ).catch(() => null);
        assert(shown, `no preview of ${title} with the heading ${heading}`);
      }
    });

    await check('the privacy policy guide suggests what the widgets keep, and where', async () => {
      await admin.goto(`${SITE}/wp-admin/privacy-policy-guide.php`, { waitUntil: 'load' });
      const text = await admin.evaluate(() => document.body.textContent.replace(/\s+/g, ' '));
      assert(text.includes('SMP Clinic Widgets') && text.includes('stay in your own browser'), `the guide: ${text.slice(0, 500)}`);
    });

    await check('in Spanish, the editor and the settings page show the plugin’s own translations', async () => {
      const spanish = await logIn(browser, 'editora', 'editora-password');
      await spanish.setViewport({ width: 1280, height: 900 });
      // Another post than the screenshot's: WordPress locks a post to the last user who opened it.
      await editBlock(spanish, ids.supports, 'smp/clinic-checklist');
      // The editor script's strings (the JSON file) and the block's title (block.json, through the .mo).
      await spanish.waitForSelector('.block-editor-block-inspector button::-p-text(Editar con el generador)', { timeout: 20000 });
      const inspector = await spanish.$eval('.block-editor-block-inspector', (panel) => panel.textContent);
      assert(inspector.includes('Clínicas, puntos, textos') && inspector.includes('Lista de comprobación de clínicas'), `the sidebar: ${inspector.slice(0, 300)}`);
      // The JSON, in WordPress's own Advanced panel (its title is WordPress's, in English here).
      await spanish.click('.block-editor-block-inspector__advanced .components-panel__body-toggle');
      await spanish.waitForSelector('.block-editor-block-inspector__advanced label::-p-text("Configuración (JSON)")', { timeout: 10000 });
      // The PHP's strings, through the .mo.
      await spanish.goto(`${SITE}/wp-admin/options-general.php?page=smp-widgets`, { waitUntil: 'load' });
      const settings = await spanish.evaluate(() => document.querySelector('.wrap').textContent);
      assert(settings.includes('Desde dónde puede cargar datos un widget') && settings.includes('Widgets de clínicas de SMP'), `the settings page: ${settings.slice(0, 300)}`);
      await spanish.close();
    });

    await check('no widget threw into the page', async () => {
      assert(pageErrors.length === 0, pageErrors.join('\n'));
    });

    // A screenshot for docs/wordpress.md: the block selected in the editor.
    await admin.setViewport({ width: 1280, height: 900 });
    await editBlock(admin, ids.blocks, 'smp/clinic-checklist').catch(() => undefined);
    await admin.waitForSelector('.block-editor-block-inspector .components-panel__body', { timeout: 5000 }).catch(() => undefined);
    await admin.screenshot({ path: join(cache, 'wordpress-editor.png') });

    await check('deleting the plugin removes its setting and leaves the posts as they were', async () => {
      await admin.goto(`${SITE}/wp-admin/options-general.php?page=smp-widgets`, { waitUntil: 'load' });
      await admin.$eval('#smp_src_origins', (input) => (input.value = 'https://data.example.org'));
      await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#submit')]);
      await admin.goto(`${SITE}/wp-admin/plugins.php`, { waitUntil: 'load' });
      const deactivate = await admin.$('tr[data-slug="smp-clinic-widgets"] .deactivate a');
      await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), deactivate.click()]);
      const remove = await admin.$('tr[data-slug="smp-clinic-widgets"] .delete a');
      assert(remove, 'no Delete link for the plugin');
      await remove.click();
      await admin.waitForFunction(() => !document.querySelector('tr[data-slug="smp-clinic-widgets"]') || document.querySelector('tr[data-slug="smp-clinic-widgets"].deleted'), { timeout: 30000 });
      const state = JSON.parse(await (await fetch(`${SITE}/?smp-test-state=1`)).text().catch(() => '{}') || '{}');
      assert(state.option === false, `the setting is still there: ${JSON.stringify(state)}`);
      assert(state.blocks?.includes('<!-- wp:smp/clinic-checklist') && state.shortcodes?.includes('[smp_checklist'), 'a post lost its blocks or shortcodes');
    });
  } finally {
    await browser.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
    await rm(wordpress, { recursive: true, force: true }).catch(() => undefined);
  }
  await check('deleting the plugin on a two-site network removes its setting from both sites', () => multisiteUninstall(zip, root));
  // WP_CHECKS boots a build only when it names it too (wp-6.5.zip, wp-nightly.zip).
  for (const build of NPM_BUILDS) if (!only || only.test(build.zip)) await frontEndOn(build, zip, root);
}

/**
 * Today's WordPress, front end only (offline there is no editor for these): 6.5.5 and 6.7-alpha with PHP 8.3,
 * and 6.5.5 once more with PHP 7.4, the lowest the plugin's readme claims.
 */
const NPM_BUILDS = [
  { zip: 'wp-6.5.zip', php: '8.3' },
  { zip: 'wp-nightly.zip', php: '8.3' },
  { zip: 'wp-6.5.zip', php: '7.4' },
];

/** Fictional clinics an administrator adds in the builder. */
const CLINICS = ['Fictional Clinic North', 'Fictional Studio South', 'Fictional Practice East'];

/** Adds a block through the editor's inserter, as an administrator would: searched for by its title. */
async function insertBlock(page, title) {
  await page.click('.edit-post-header-toolbar__inserter-toggle');
  const search = await page.waitForSelector('.block-editor-inserter__search input', { timeout: 20000 });
  await search.type(title);
  await (await page.waitForSelector(`.block-editor-block-types-list__item::-p-text(${title})`, { timeout: 20000 })).click();
  // The inserter closes on a narrow screen only: close it so the toolbar and sidebar are the block's.
  const toggle = await page.$('.edit-post-header-toolbar__inserter-toggle.is-pressed');
  if (toggle) await toggle.click();
}

/** Opens the editor's settings sidebar if it is closed. */
async function openSidebar(page) {
  await page.$eval('.edit-post-header__settings button[aria-label="Settings"]', (button) => button.getAttribute('aria-expanded') === 'false' && button.click());
}

/** Opens a post in the block editor and selects its first block of `type` (smp/…), with the sidebar open. */
async function editBlock(page, postId, type) {
  await page.goto(`${SITE}/wp-admin/post.php?post=${postId}&action=edit`, { waitUntil: 'load' });
  await page.waitForSelector(`.wp-block[data-type="${type}"]`, { timeout: 60000 });
  await page.click(`.wp-block[data-type="${type}"]`);
  await openSidebar(page);
}

/** The builder in its dialog, once it has rendered. */
async function openedBuilder(page) {
  const builder = await page.waitForSelector('dialog.smp-builder-dialog[open] smp-embed-builder', { timeout: 20000 });
  await builder.waitForSelector('>>> #json', { timeout: 20000 });
  return builder;
}

/** Types into a field of the builder as a person does: focus, select what is there, type. */
async function typeInto(builder, selector, text) {
  const field = await builder.waitForSelector(`>>> ${selector}`);
  await field.click({ count: 3 });
  await field.evaluate((input) => input.select());
  await field.type(text);
}

/** Presses "Use this" and waits for the dialog to close; returns the config the builder gave. */
async function useThis(page, builder) {
  const config = await (await builder.$('>>> #json')).evaluate((field) => JSON.parse(field.value));
  await (await builder.$('>>> #use-this')).click();
  await page.waitForFunction(() => !document.querySelector('dialog.smp-builder-dialog'), { timeout: 10000 });
  return config;
}

/**
 * A two-site network, made as Tools > Network Setup makes one (its tables, then the constants in wp-config.php;
 * Playground's own enableMultisite step needs wp-cli, which is not here offline), on WordPress 6.5.5 with
 * PHP 8.3: the setting saved on both sites, then WordPress's own uninstall_plugin(), which runs uninstall.php as
 * deleting the plugin in Network Admin > Plugins does. No server: the steps run in one go.
 */
async function multisiteUninstall(pluginZip, debianRoot) {
  const wordpress = await npmWordPress('wp-6.5.zip', pluginZip, debianRoot);
  try {
    const network = String.raw`<?php
require '/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) { $wpdb->$table = $prefixed; }
install_network();
populate_network( 1, '127.0.0.1', 'admin@example.org', 'Test network', '/', false );`;
    const uninstall = String.raw`<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$sites = array( 1, wp_insert_site( array( 'domain' => '127.0.0.1', 'path' => '/second/', 'title' => 'Second' ) ) );
$read = function () use ( $sites ) {
  $found = array();
  foreach ( $sites as $site ) { switch_to_blog( $site ); $found[] = get_option( 'smp_src_origins' ); restore_current_blog(); }
  return $found;
};
foreach ( $sites as $site ) { switch_to_blog( $site ); update_option( 'smp_src_origins', 'https://data.example.org' ); restore_current_blog(); }
$before = $read();
uninstall_plugin( 'smp-clinic-widgets/smp-clinic-widgets.php' );
file_put_contents( WP_CONTENT_DIR . '/smp-multisite.json', json_encode( array( 'multisite' => is_multisite(), 'sites' => count( get_sites() ), 'before' => $before, 'after' => $read() ) ) );`;
    const blueprint = join(wordpress, 'smp-multisite.json');
    await writeFile(
      blueprint,
      JSON.stringify({
        steps: [
          { step: 'runPHP', code: network },
          { step: 'defineWpConfigConsts', consts: { MULTISITE: true, SUBDOMAIN_INSTALL: false, DOMAIN_CURRENT_SITE: '127.0.0.1', PATH_CURRENT_SITE: '/', SITE_ID_CURRENT_SITE: 1, BLOG_ID_CURRENT_SITE: 1 } },
          { step: 'runPHP', code: uninstall },
        ],
      }),
    );
    const cli = join(here, 'node_modules/.bin/wp-playground-cli');
    let output = '';
    try {
      output = execFileSync(cli, ['run-blueprint', '--php=8.3', '--wordpress-install-mode=install-from-existing-files', `--mount-before-install=${wordpress}:/wordpress`, `--blueprint=${blueprint}`, '--verbosity=quiet'], { cwd: here, encoding: 'utf8', stdio: 'pipe', timeout: 180000 });
    } catch (error) {
      output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    }
    const resultFile = join(wordpress, 'wp-content/smp-multisite.json');
    assert(existsSync(resultFile), `the network steps did not finish:\n${output.slice(-1500)}`);
    const result = JSON.parse(await readFile(resultFile, 'utf8'));
    assert(result.multisite === true && result.sites === 2, `not a two-site network: ${JSON.stringify(result)}`);
    assert(JSON.stringify(result.before) === JSON.stringify(['https://data.example.org', 'https://data.example.org']), `the setting was not saved on both sites: ${JSON.stringify(result)}`);
    assert(JSON.stringify(result.after) === JSON.stringify([false, false]), `after uninstalling, the setting is still on a site: ${JSON.stringify(result.after)}`);
  } finally {
    await rm(wordpress, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function frontEndOn({ zip, php }, pluginZip, debianRoot) {
  const wordpress = await npmWordPress(zip, pluginZip, debianRoot);
  const version = /\$wp_version = '([^']+)'/.exec(await readFile(join(wordpress, 'wp-includes/version.php'), 'utf8'))?.[1];
  const on = `WordPress ${version}, PHP ${php}: `;
  log(`WordPress ${version} from @wp-playground/wordpress-builds, PHP ${php}, at ${SITE}`);
  let child;
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  try {
    const steps = [
      { step: 'activatePlugin', pluginPath: 'smp-clinic-widgets/smp-clinic-widgets.php' },
      { step: 'activateTheme', themeFolderName: 'twentytwentythree' },
    ];
    const booted = await boot(wordpress, { php, steps });
    child = booted.child;
    log(`  booted in ${booted.seconds.toFixed(0)} s`);
    const ids = JSON.parse(await readFile(join(wordpress, 'wp-content/smp-test.json'), 'utf8'));
    const reader = await (await browser.createBrowserContext()).newPage();
    const pageErrors = [];
    reader.on('pageerror', (error) => pageErrors.push(error.message));
    // The REST save once on today's WordPress (6.5.5, PHP 8.3) besides 6.1.9's: logging in is the slow part here.
    await frontEndChecks(browser, reader, ids, on, { restSave: zip === 'wp-6.5.zip' && php === '8.3' });
    if (zip === 'wp-6.5.zip' && php === '8.3') {
      // A screenshot for docs/wordpress.md: the shortcodes on the site.
      await reader.setViewport({ width: 1280, height: 900 });
      await reader.goto(`${SITE}/?p=${ids.shortcodes}`, { waitUntil: 'load' });
      await widgets(reader);
      await reader.screenshot({ path: join(cache, 'wordpress-front-end.png') });
    }
    await check(`${on}no widget threw into the page`, async () => assert(pageErrors.length === 0, pageErrors.join('\n')));
  } catch (error) {
    results.push({ name: `${on}boot`, ok: false });
    log(`  ✗ ${on}${error?.message ?? error}`);
  } finally {
    await browser.close();
    if (child) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    await rm(wordpress, { recursive: true, force: true }).catch(() => undefined);
  }
}

const started = Date.now();
try {
  await main();
} catch (error) {
  results.push({ name: 'WordPress test run', ok: false });
  log(`  ✗ ${error?.message ?? error}`);
}
const passed = results.filter((result) => result.ok).length;
log(`  WordPress checks took ${((Date.now() - started) / 1000).toFixed(0)} s`);
log(`${passed} passed, ${results.length - passed} failed`);
process.exit(results.length === passed ? 0 : 1);
