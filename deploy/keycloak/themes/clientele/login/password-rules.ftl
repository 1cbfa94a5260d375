<#-- The realm's password policy, said before the person types (Keycloak only names a rule once it is broken).
     passwordPolicies is Keycloak's PasswordPoliciesBean: only the rules the realm sets are listed. -->
<#macro list>
  <#if passwordPolicies??>
    <div class="${properties.kcInputHelperTextItemClass} clientele-password-rules" id="password-rules" data-testid="password-rules">
      <span class="${properties.kcInputHelperTextItemTextClass}">${msg("clientelePasswordRulesTitle")}</span>
      <ul>
        <#if passwordPolicies.length??><li data-rule="length">${msg("clientelePasswordRuleLength", passwordPolicies.length?c)}</li></#if>
        <#if passwordPolicies.maxLength??><li data-rule="maxLength">${msg("clientelePasswordRuleMaxLength", passwordPolicies.maxLength?c)}</li></#if>
        <#-- With the e-mail as username, the two rules say the same thing: keep the e-mail one. -->
        <#if passwordPolicies.notUsername && !(realm.registrationEmailAsUsername && passwordPolicies.notEmail)><li data-rule="notUsername">${msg("clientelePasswordRuleNotUsername")}</li></#if>
        <#if passwordPolicies.notEmail><li data-rule="notEmail">${msg("clientelePasswordRuleNotEmail")}</li></#if>
        <#if passwordPolicies.passwordHistory??><li data-rule="passwordHistory">${msg("clientelePasswordRuleHistory", passwordPolicies.passwordHistory?c)}</li></#if>
      </ul>
    </div>
  </#if>
</#macro>
