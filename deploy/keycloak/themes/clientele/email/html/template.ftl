<#-- Mail clients ignore stylesheets and block remote images: inline styles, no image, no external link but the action's. -->
<#macro emailLayout>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<body style="margin:0;padding:0;background:#f7f5fa;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1f1a24;line-height:1.5;">
  <div style="max-width:560px;margin:0 auto;padding:24px 16px;">
    <div style="background:#6b3fa0;color:#ffffff;font-size:20px;font-weight:700;padding:14px 20px;border-radius:10px 10px 0 0;">${msg("clienteleBrand")}</div>
    <div style="background:#ffffff;padding:20px;border-radius:0 0 10px 10px;border:1px solid #e3dde9;border-top:0;">
      <#nested>
    </div>
    <p style="color:#5f5868;font-size:13px;text-align:center;margin:16px 0 0;">${msg("clienteleFooter")}</p>
  </div>
</body>
</html>
</#macro>
