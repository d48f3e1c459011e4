/*
 * The three blocks in the block editor: a live preview of the widget itself, the title, language and theme in
 * the sidebar, and "Edit with the builder" (toolbar and sidebar), which opens the library's embed builder on
 * the block's config in a dialog: "Use this" puts its result into the block. The raw JSON waits in the
 * "Advanced" panel. The config is checked by the widget's own schema: the preview shows the widget's own
 * messages. The server writes the element on the site (smp-clinic-widgets.php), so the block saves only its
 * attributes and works for authors who may not post HTML.
 */
( function ( wp, settings ) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var useEffect = wp.element.useEffect;
	var useRef = wp.element.useRef;
	var useState = wp.element.useState;
	var createPortal = wp.element.createPortal;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var InspectorAdvancedControls = wp.blockEditor.InspectorAdvancedControls;
	var BlockControls = wp.blockEditor.BlockControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var Button = wp.components.Button;
	var ToolbarGroup = wp.components.ToolbarGroup;
	var ToolbarButton = wp.components.ToolbarButton;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var TextareaControl = wp.components.TextareaControl;
	var SelectControl = wp.components.SelectControl;
	var ExternalLink = wp.components.ExternalLink;
	var EDIT_WITH_BUILDER = __( 'Edit with the builder', 'smp-clinic-widgets' );

	var LOCALES = [
		{ value: '', label: __( 'The page’s language', 'smp-clinic-widgets' ) },
		{ value: 'en-GB', label: 'English (UK)' },
		{ value: 'en-US', label: 'English (US)' },
		{ value: 'es', label: 'Español' },
		{ value: 'de', label: 'Deutsch' },
		{ value: 'fr', label: 'Français' },
		{ value: 'tr', label: 'Türkçe' },
		{ value: 'ar', label: 'العربية' },
	];
	var THEMES = [
		{ value: 'site', label: __( 'Follow the site’s dark mode', 'smp-clinic-widgets' ) },
		{ value: 'light', label: __( 'Light', 'smp-clinic-widgets' ) },
		{ value: 'dark', label: __( 'Dark', 'smp-clinic-widgets' ) },
		{ value: 'auto', label: __( 'Follow the reader’s setting', 'smp-clinic-widgets' ) },
	];

	/*
	 * The title and the config are stored with & < > as entities. WordPress runs kses over block attributes when
	 * the user may not post HTML (authors, contributors): kses would turn a bare & into &amp; and delete text
	 * between < and >, but leaves these entities alone. The server turns them back (smp_widgets_typed), so readers
	 * see what the author typed.
	 */
	var ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
	function stored( text ) {
		return text.replace( /[&<>]/g, function ( character ) {
			return ENTITIES[ character ];
		} );
	}
	function typed( text ) {
		return text.replace( /&(amp|lt|gt);/g, function ( entity ) {
			return { '&amp;': '&', '&lt;': '<', '&gt;': '>' }[ entity ];
		} );
	}

	/** The config the element gets: the JSON field with the title on top, or the text as typed if it is not an object. */
	function configFor( attributes ) {
		var text = typed( attributes.config );
		var title = typed( attributes.title ).trim();
		var config = {};
		if ( text.trim() ) {
			try {
				config = JSON.parse( text );
			} catch ( error ) {
				return text;
			}
			if ( ! config || typeof config !== 'object' || Array.isArray( config ) ) return text;
		}
		if ( title ) config = Object.assign( {}, config, { title: title } );
		return Object.keys( config ).length ? JSON.stringify( config ) : undefined;
	}

	/** The block's config as an object for the builder, or null while the JSON in "Advanced" cannot be read. */
	function configObject( attributes ) {
		var config = configFor( attributes );
		if ( config === undefined ) return {};
		try {
			var parsed = JSON.parse( config );
			return parsed && typeof parsed === 'object' && ! Array.isArray( parsed ) ? parsed : null;
		} catch ( error ) {
			return null;
		}
	}

	/** The attributes for a config the builder gave: its title goes to the sidebar's field, the rest to the JSON. */
	function attributesFor( config ) {
		var rest = Object.assign( {}, config );
		var title = typeof rest.title === 'string' ? rest.title : '';
		delete rest.title;
		return { title: stored( title ), config: Object.keys( rest ).length ? stored( JSON.stringify( rest, null, 2 ) ) : '' };
	}

	/*
	 * The builder in a native modal <dialog> on the editor's own page (a portal: in the site editor the block
	 * itself is inside an iframe). Not WordPress's Modal: it keeps focus inside by listing the tabbable
	 * elements it can see, and cannot see into the builder's shadow root, so Tab would never reach the form;
	 * the browser's modal dialog keeps focus inside by itself, and Escape closes it. Keys pressed in it stay in
	 * it: the editor's own shortcuts (Ctrl+Z undoing the post, Escape) are not for the builder's fields.
	 */
	function BuilderDialog( props ) {
		var dialog = useRef();
		var body = useRef();
		useEffect( function () {
			var builder = document.createElement( 'smp-embed-builder' );
			// Given before it is connected, so it starts from the block's config and keeps no draft of its own.
			builder.widget = props.tag;
			builder.config = props.config;
			var accept = function ( event ) {
				props.onAccept( event.detail.config );
			};
			var close = function () {
				props.onClose();
			};
			var keep = function ( event ) {
				event.stopPropagation();
			};
			builder.addEventListener( 'smp-builder-accept', accept );
			dialog.current.addEventListener( 'close', close );
			dialog.current.addEventListener( 'keydown', keep );
			body.current.appendChild( builder );
			dialog.current.showModal();
			return function () {
				builder.removeEventListener( 'smp-builder-accept', accept );
				dialog.current.removeEventListener( 'close', close );
				dialog.current.removeEventListener( 'keydown', keep );
				if ( dialog.current.open ) dialog.current.close();
			};
		}, [] );
		return createPortal(
			el(
				'dialog',
				{ ref: dialog, className: 'smp-builder-dialog', 'aria-labelledby': 'smp-builder-dialog-title' },
				el(
					'div',
					{ className: 'smp-builder-dialog__header' },
					el( 'h1', { id: 'smp-builder-dialog-title' }, props.title ),
					el( Button, { variant: 'secondary', onClick: props.onClose }, __( 'Close without using', 'smp-clinic-widgets' ) )
				),
				el( 'div', { ref: body, className: 'smp-builder-dialog__body' } )
			),
			document.body
		);
	}

	/*
	 * The widget script in the document the preview is in. WordPress loads it into the editor and the site
	 * editor's iframe, but not into every iframe it shows blocks in: the inserter's preview of a block's
	 * example has only styles.
	 */
	function withWidgetScript( node ) {
		var doc = node && node.ownerDocument;
		if ( ! doc || ! settings.script || doc.defaultView.customElements.get( node.localName ) || doc.querySelector( 'script[data-smp-widgets]' ) ) return;
		var script = doc.createElement( 'script' );
		script.src = settings.script;
		script.setAttribute( 'data-smp-widgets', '' );
		doc.head.appendChild( script );
	}

	function edit( tag ) {
		return function ( props ) {
			var attributes = props.attributes;
			var set = function ( key ) {
				return function ( value ) {
					var change = {};
					change[ key ] = key === 'title' || key === 'config' ? stored( value ) : value;
					props.setAttributes( change );
				};
			};
			var open = useState( false );
			var config = configObject( attributes );
			var openBuilder = function () {
				open[ 1 ]( true );
			};
			var builder =
				open[ 0 ] &&
				el( BuilderDialog, {
					tag: tag,
					config: config || {},
					title: EDIT_WITH_BUILDER,
					onAccept: function ( accepted ) {
						props.setAttributes( attributesFor( accepted ) );
						open[ 1 ]( false );
					},
					onClose: function () {
						open[ 1 ]( false );
					},
				} );
			var preview = el( tag, {
				ref: withWidgetScript,
				config: configFor( attributes ),
				locale: attributes.locale || undefined,
				theme: attributes.theme || 'site',
			} );
			return el(
				'div',
				useBlockProps(),
				el(
					BlockControls,
					null,
					el( ToolbarGroup, null, el( ToolbarButton, { onClick: openBuilder, disabled: ! config }, EDIT_WITH_BUILDER ) )
				),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Widget', 'smp-clinic-widgets' ) },
						el( TextControl, { label: __( 'Title', 'smp-clinic-widgets' ), value: typed( attributes.title ), onChange: set( 'title' ) } ),
						el( SelectControl, { label: __( 'Language', 'smp-clinic-widgets' ), value: attributes.locale, options: LOCALES, onChange: set( 'locale' ) } ),
						el( SelectControl, { label: __( 'Theme', 'smp-clinic-widgets' ), value: attributes.theme, options: THEMES, onChange: set( 'theme' ) } ),
						el( Button, { variant: 'primary', onClick: openBuilder, disabled: ! config }, EDIT_WITH_BUILDER ),
						el(
							'p',
							{ className: 'components-base-control__help' },
							config
								? __( 'Clinics, points, wording and everything else the widget shows, with a live preview. No JSON needed.', 'smp-clinic-widgets' )
								: __( 'The JSON under Advanced cannot be read: fix it there first, or empty it to start again.', 'smp-clinic-widgets' )
						)
					)
				),
				// WordPress's own "Advanced" panel, beside the HTML anchor and the additional CSS class.
				el(
					InspectorAdvancedControls,
					null,
					el( TextareaControl, {
						label: __( 'Config (JSON)', 'smp-clinic-widgets' ),
						help: __( 'What the builder made, for those who write JSON. Checked by the widget itself: the preview names any problem.', 'smp-clinic-widgets' ),
						value: typed( attributes.config ),
						rows: 8,
						onChange: set( 'config' ),
					} ),
					el( ExternalLink, { href: settings.builder }, __( 'Open the embed builder on its own page', 'smp-clinic-widgets' ) )
				),
				preview,
				builder
			);
		};
	}

	/*
	 * From a shortcode to its block, as a classic post's "Convert to blocks" (WordPress's raw handler) makes
	 * it. The shortcode's text is HTML (an entity stands for its character); a language or theme the
	 * widgets do not know is left out, as the server leaves it out. A shortcode with a `src`, with fallback text
	 * between its tags, or with words that are not name="value" becomes a Shortcode block instead, as it was: the
	 * block has no place for them, and nothing the author wrote may be lost.
	 */
	function fromShortcode( name, shortcode ) {
		var decode = wp.htmlEntities.decodeEntities;
		var known = function ( options, value ) {
			return options.some( function ( option ) {
				return option.value === value;
			} );
		};
		return {
			type: 'shortcode',
			tag: shortcode,
			transform: function ( attrs, match ) {
				var named = attrs.named;
				// Words WordPress could not read as name="value" (a quote inside a value) would be lost: keep it as typed.
				if ( named.src || attrs.numeric.length || ( match.shortcode.content || '' ).trim() ) {
					return wp.blocks.createBlock( 'core/shortcode', { text: match.content } );
				}
				var config = {};
				if ( named.intro ) config.intro = decode( named.intro );
				if ( named.id ) config.id = decode( named.id );
				return wp.blocks.createBlock( 'smp/' + name, {
					title: stored( decode( named.title || '' ) ),
					locale: known( LOCALES, named.locale ) ? named.locale : '',
					theme: known( THEMES, named.theme ) ? named.theme : 'site',
					config: Object.keys( config ).length ? stored( JSON.stringify( config, null, 2 ) ) : '',
				} );
			},
		};
	}

	var SHORTCODES = { 'clinic-checklist': 'smp_checklist', 'guarantee-comparison': 'smp_comparison', 'treatment-explainer': 'smp_explainer' };

	Object.keys( SHORTCODES ).forEach( function ( name ) {
		wp.blocks.registerBlockType( 'smp/' + name, {
			edit: edit( 'smp-' + name ),
			transforms: { from: [ fromShortcode( name, SHORTCODES[ name ] ) ] },
			// Rendered on the server from the attributes.
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.smpBlocksSettings || {} );
