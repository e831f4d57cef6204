package se.linkoping.samverkan.cooperationagreement;

import org.springframework.stereotype.Component;

/** {@code Task_RecordPoliceChiefSignature}: the local police area chief's signature, ticked as {@code policeChiefSigned}. */
@Component("recordPoliceChiefSignature")
public class RecordPoliceChiefSignatureDelegate extends RecordSignatureDelegate {

    public RecordPoliceChiefSignatureDelegate(CooperationAgreements agreements, AgreementTexts texts) {
        super(agreements, texts, Signatory.POLICE_CHIEF, "policeChiefSigned");
    }
}
